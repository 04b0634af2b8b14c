/**
 * Bad Word files given to `vanthu import`: each is refused with its Vietnamese message, exit 1,
 * nothing written — a non-DOCX, a password-protected file (an OLE container naming
 * EncryptionInfo), a truncated DOCX, a file over 200 MB (sparse), a DOCX with macros, zip bombs
 * (a huge zero-filled entry declared, and one whose header lies about its size), measured in a
 * child process: its peak memory stays under 200 MB. A file with an external link is imported,
 * the link listed in the report and never fetched (a local server counts the requests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxBytes } from '../../../../main/docx-in/read';
import { exportDocx } from '../../../../main/export/docx';
import { templateDraft } from './helpers';

const ROOT = path.resolve(__dirname, '../../../..');
let dir: string;
let good: Uint8Array;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-import-bad-'));
  good = await exportDocx(templateDraft('nghi-quyet', { serial: 4, date: '2026-03-06' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `vanthu import file -o out.json`; returns exit code, output and whether out.json exists. */
function runImport(name: string, bytes?: Uint8Array) {
  const file = path.join(dir, name);
  if (bytes) fs.writeFileSync(file, bytes);
  const out = path.join(dir, `${name}.json`);
  const r = spawnSync(process.execPath, ['bin/vanthu.cjs', 'import', file, '-o', out], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, written: fs.existsSync(out) };
}

/** The message a read of `bytes` is refused with (the reader in this process). */
function readError(bytes: Uint8Array): string {
  try {
    readDocxBytes(bytes, 'hong.docx');
  } catch (e) {
    expect((e as Error).name).toBe('UserError');
    return (e as Error).message;
  }
  throw new Error('không bị từ chối');
}

function withParts(extra: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ ...unzipSync(good), ...extra });
}

/** A zip with one deflated entry of `mb` megabytes of zeros, built in 1 MB pushes (never held whole). */
function bomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => { if (err) throw err; chunks.push(data); });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mb; i += 1) entry.push(zeros, i === mb - 1);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

describe('vanthu import refuses bad files', () => {
  it('a text file is not a DOCX', () => {
    const r = runImport('note.docx', strToU8('không phải tệp Word'));
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('không phải tệp Word (.docx)');
  });

  it('a password-protected file (OLE container with EncryptionInfo)', () => {
    const head = new Uint8Array(4096);
    head.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    head.set([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    const r = runImport('locked.docx', head);
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('được đặt mật khẩu');
  });

  it('a truncated DOCX', () => {
    const r = runImport('cut.docx', good.subarray(0, Math.floor(good.length / 2)));
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('bị cắt cụt hoặc hỏng');
  });

  it('a file over 200 MB is refused before it is read', () => {
    const file = path.join(dir, 'big.docx');
    execFileSync('truncate', ['-s', '201M', file]);
    const t = Date.now();
    const r = runImport('big.docx');
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('quá giới hạn 200 MB');
    expect(Date.now() - t).toBeLessThan(10000);
  });

  it('broken XML and an entity declaration in a part are refused in Vietnamese, never expanded', () => {
    const broken = readError(withParts({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }));
    expect(broken).toContain('bị hỏng ở phần "word/document.xml": XML không hợp lệ');
    const entities = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><d>&b;</d>';
    expect(readError(withParts({ 'word/document.xml': strToU8(entities) }))).toContain('khai báo DTD/thực thể XML');
  });

  it('a DOCX with macros', () => {
    const r = runImport('macro.docx', withParts({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('có macro');
  });

  it('a zip bomb declaring 500 MB of zeros, and one lying about its size, stop early with bounded memory', () => {
    const big = bomb(500);
    expect(big.length).toBeLessThan(2 * 1024 * 1024);
    const r = runImport('bomb.docx', big);
    expect(r).toMatchObject({ code: 1, written: false });
    expect(r.stderr).toContain('bom nén');
    // The same bomb with its declared size rewritten to 1000 bytes: inflating stops past the declared size.
    const liar = big.slice();
    for (let i = liar.length - 22; i >= 0; i -= 1) {
      if (liar[i] === 0x50 && liar[i + 1] === 0x4b && liar[i + 2] === 1 && liar[i + 3] === 2) {
        new DataView(liar.buffer).setUint32(i + 24, 1000, true);
        break;
      }
    }
    fs.writeFileSync(path.join(dir, 'liar.docx'), liar);
    const script = `import { readDocxFile } from './main/docx-in/read/index.ts';
      let message = '';
      try { readDocxFile(${JSON.stringify(path.join(dir, 'liar.docx'))}); } catch (e) { message = e.message; }
      console.log(JSON.stringify({ message, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    const res = JSON.parse(child.stdout.trim().split('\n').pop()!);
    expect(res.message).toContain('bom nén');
    expect(res.maxRssMb).toBeLessThan(200);
  }, 60000);

  it('a DOCX with an external link is imported, the link reported and never fetched', async () => {
    let hits = 0;
    const server = http.createServer((_q, s) => { hits += 1; s.end('x'); });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    const files = unzipSync(good);
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']).replace('</Relationships>',
      `<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:${port}/a.png" TargetMode="External"/></Relationships>`);
    const r = runImport('link.docx', zipSync({ ...files, 'word/_rels/document.xml.rels': strToU8(rels) }));
    server.close();
    expect(r.code).toBe(0);
    expect(r.written).toBe(true);
    expect(r.stdout).toContain(`liên kết ra ngoài (image: http://127.0.0.1:${port}/a.png); vanthu không mở liên kết này`);
    expect(hits).toBe(0);
  }, 30000);
});
