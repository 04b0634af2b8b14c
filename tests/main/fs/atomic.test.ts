/** main/fs: atomic writes and copies, the output-target check, free space. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../common/api/errors';
import {
  checkOutputTarget, copyFileAtomic, ensureFreeSpace, freeBytes, sameFile, writeFileAtomic, writeOutputFile,
} from '../../../main/fs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
const leftovers = (d = dir) => fs.readdirSync(d).filter((f) => f.endsWith('.tmp'));
const posix = process.platform !== 'win32';

describe('writeFileAtomic', () => {
  it('writes the bytes, private, with no temporary file left', () => {
    writeFileAtomic(at('a.txt'), 'xin chào');
    expect(fs.readFileSync(at('a.txt'), 'utf8')).toBe('xin chào');
    if (posix) expect(fs.statSync(at('a.txt')).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
  });

  it('replaces an existing file whole', () => {
    writeFileAtomic(at('b.bin'), new Uint8Array(1000).fill(1));
    writeFileAtomic(at('b.bin'), new Uint8Array([7, 8]));
    expect([...fs.readFileSync(at('b.bin'))]).toEqual([7, 8]);
  });

  it('refuses to write over one of its inputs, by path or by hard link, and leaves it untouched', () => {
    fs.writeFileSync(at('draft.json'), '{"x":1}');
    fs.linkSync(at('draft.json'), at('link.json'));
    for (const target of [at('draft.json'), path.join(dir, '.', 'draft.json'), at('link.json')]) {
      expect(() => writeFileAtomic(target, 'PK', { inputs: [at('draft.json')], label: 'Tệp DOCX' })).toThrow(/Tệp DOCX "(draft|link)\.json" trùng với tệp đầu vào/);
    }
    expect(fs.readFileSync(at('draft.json'), 'utf8')).toBe('{"x":1}');
    expect(sameFile(at('draft.json'), at('link.json'))).toBe(true);
    expect(sameFile(at('draft.json'), at('a.txt'))).toBe(false);
  });

  it('throws the I/O error and leaves no temporary file when the write fails', () => {
    const e = (() => { try { writeFileAtomic(path.join(dir, 'khong-co', 'x.docx'), 'x'); } catch (err) { return err as NodeJS.ErrnoException; } })();
    expect(e?.code).toBe('ENOENT');
    fs.mkdirSync(at('is-a-folder'));
    expect(() => writeFileAtomic(at('is-a-folder'), 'x')).toThrow();
    expect(fs.statSync(at('is-a-folder')).isDirectory()).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('copyFileAtomic', () => {
  it('copies privately and refuses to copy a file onto itself', () => {
    fs.writeFileSync(at('src.docx'), 'PK-bytes', { mode: 0o644 });
    copyFileAtomic(at('src.docx'), at('dst.docx'));
    expect(fs.readFileSync(at('dst.docx'), 'utf8')).toBe('PK-bytes');
    if (posix) expect(fs.statSync(at('dst.docx')).mode & 0o777).toBe(0o600);
    expect(() => copyFileAtomic(at('src.docx'), at('src.docx'))).toThrow(UserError);
    expect(leftovers()).toEqual([]);
  });
});

describe('checkOutputTarget', () => {
  it('accepts a writable place and leaves nothing behind', () => {
    expect(checkOutputTarget(at('ok.docx'))).toBe(at('ok.docx'));
    expect(fs.existsSync(at('ok.docx'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['a missing folder', () => path.join(dir, 'chua-co', 'x.docx'), /thư mục "chua-co" không tồn tại/],
    ['a parent that is a file', () => path.join(at('a.txt'), 'x.docx'), /"a.txt" là một tệp chứ không phải thư mục/],
    ['a folder as the file', () => at('is-a-folder'), /"is-a-folder" là một thư mục/],
  ])('refuses %s in Vietnamese', (_what, target, message) => {
    expect(() => checkOutputTarget(target(), { label: 'Tệp DOCX' })).toThrow(message);
  });

  it('creates a missing folder when asked, and refuses when the parent is a file', () => {
    expect(checkOutputTarget(path.join(dir, 'moi', 'sau', 'x.docx'), { createDir: true })).toBe(path.join(dir, 'moi', 'sau', 'x.docx'));
    expect(fs.statSync(path.join(dir, 'moi', 'sau')).isDirectory()).toBe(true);
    expect(() => checkOutputTarget(path.join(at('a.txt'), 'x', 'y.docx'), { createDir: true })).toThrow(/Không ghi được tệp ghi ra "y.docx": "a.txt" là một tệp chứ không phải thư mục/);
  });

  it('refuses when the disk has not the room asked for', () => {
    const free = freeBytes(dir);
    expect(free).toBeGreaterThan(0);
    expect(() => checkOutputTarget(at('big.docx'), { needed: free * 2, label: 'Tệp DOCX' })).toThrow(/Ổ đĩa không đủ chỗ để ghi tệp DOCX "big.docx"/);
    expect(() => ensureFreeSpace(at('big.docx'), free * 2)).toThrow(UserError);
    expect(() => ensureFreeSpace(at('small.docx'), 1)).not.toThrow();
  });
});

describe('writeOutputFile', () => {
  it('checks, then writes atomically', () => {
    writeOutputFile(at('out.docx'), 'PK', { inputs: [at('src.docx')], label: 'Tệp DOCX' });
    expect(fs.readFileSync(at('out.docx'), 'utf8')).toBe('PK');
    expect(() => writeOutputFile(at('src.docx'), 'PK', { inputs: [at('src.docx')] })).toThrow(/trùng với tệp đầu vào/);
  });
});
