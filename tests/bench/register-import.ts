/**
 * Bench of the register import (issue 15 item 5): a 20,000-row outgoing register in the printed
 * layout (merged title rows, dates as Excel dates; written by vanthu's own XLSX printer) is
 * previewed, then written, into a fresh registry. The import runs in a child process so its peak
 * resident memory (getrusage maxrss) is its own. Reports the file size, preview and write times and
 * the peak RSS; CPU time (user + system) beside each time, since wall time swings with the machine's load.
 * `npm run bench -- register-import`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openRegistry } from '../../main/registry/index';
import { layOutRegister, type OutgoingPrintRow } from '../../main/registry/print/index';

const ROWS = 20_000;
const TYPES = ['NQ', 'KL', 'CT', 'QĐ', 'BC', 'KH', 'TB', 'CV'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The rows: serials per type in one term, dates spread over 2021–2025. */
function rows(): OutgoingPrintRow[] {
  const serial = new Map<string, number>();
  return Array.from({ length: ROWS }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const n = (serial.get(type) ?? 0) + 1;
    serial.set(type, n);
    const day = Date.UTC(2021, 0, 4) + Math.floor((i / ROWS) * 1800) * 86_400_000;
    return {
      number: `${n < 10 ? `0${n}` : n}-${type}/TU`, date: new Date(day).toISOString().slice(0, 10),
      summary: `Văn bản số ${i + 1} về công tác xây dựng Đảng, chuyển đổi số và cải cách hành chính`, signer: 'Nguyễn Văn An',
      recipients: 'Các huyện ủy, thành ủy\nLưu VPTU', archiveHolder: 'Văn phòng Tỉnh ủy', copies: String(10 + (i % 40)),
      secrecyUrgency: i % 50 === 0 ? 'Khẩn' : '', notes: '',
    };
  });
}

/** Child: imports `file` into a fresh registry (preview, then write) and prints the figures as JSON. */
async function child(file: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-import-'));
  const reg = openRegistry(path.join(dir, 'vanthu.db'));
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
  reg.openTerm(book.id, '2020–2025', '2020-10-15');
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const [t0, c0] = [performance.now(), cpu()];
  const preview = await reg.importFile(file);
  const [t1, c1] = [performance.now(), cpu()];
  const done = await reg.importFile(file, { apply: true, expect: preview.fingerprint });
  const [t2, c2] = [performance.now(), cpu()];
  const written = reg.listOutgoing({}).length;
  reg.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({
    previewMs: t1 - t0, applyMs: t2 - t1, previewCpuMs: c1 - c0, applyCpuMs: c2 - c1, taken: done.taken.length, refused: done.refused.length, written, maxRssKb: process.resourceUsage().maxRSS,
  }));
}

/** Writes the 20,000-row register, imports it in a child process and prints time and peak memory. */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-xlsx-'));
  const file = path.join(dir, 'so-di-20000.xlsx');
  const opts = { from: '2021-01-01', to: '2025-12-31', orgName: 'Tỉnh ủy Hà Nam', bookName: 'Sổ văn bản đi' };
  fs.writeFileSync(file, await layOutRegister('out', rows(), opts, 'xlsx'));
  const size = fs.statSync(file).size;
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), fileURLToPath(import.meta.url), '--child', file],
    { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { previewMs: number; applyMs: number; previewCpuMs: number; applyCpuMs: number; taken: number; refused: number; written: number; maxRssKb: number };
  fs.rmSync(dir, { recursive: true, force: true });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`register-import: ${ROWS} rows XLSX (${(size / 1048576).toFixed(1)} MiB): preview ${s(r.previewMs)} (CPU ${s(r.previewCpuMs)}), `
    + `write ${s(r.applyMs)} (CPU ${s(r.applyCpuMs)}) (${r.taken} taken, ${r.refused} refused, ${r.written} in the register), `
    + `peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MiB`);
  if (r.written !== ROWS) throw new Error(`expected ${ROWS} rows written, got ${r.written}`);
}

const self = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (self && process.argv[2] === '--child') await child(process.argv[3]);
else if (self) await run();
