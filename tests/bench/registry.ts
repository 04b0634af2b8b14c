/**
 * Registry figures: registration latency with synchronous=FULL (one transaction and fsync per
 * number), incoming-insert throughput, search latency over 100,000 synthetic entries, and the time
 * to print a 5,000-row register. Targets (issue 3): p99 < 10 ms, search p95 < 20 ms, print < 3 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRegistry, type RegistryService } from '../../main/registry/index';
import { openDatabase } from '../../main/registry/db';
import { sqliteCtx, type Ctx } from '../../main/registry/context';
import { registerNumber } from '../../main/registry/outgoing/outgoing';
import { addIncoming } from '../../main/registry/incoming/incoming';
import { createOutBook } from '../../main/registry/outgoing/books';
import { openTerm } from '../../main/registry/outgoing/terms';

const WORDS = ('nghị quyết kết luận chỉ thị về tăng cường công tác tư tưởng xây dựng chỉnh đốn Đảng chuyển đổi số phát triển kinh tế '
  + 'xã hội văn hóa quốc phòng an ninh đảng ủy ban thường vụ tỉnh ủy huyện ủy kiểm tra giám sát cán bộ đảng viên dân vận tuyên giáo '
  + 'nông thôn mới giáo dục y tế đất đai tài chính ngân sách hội nghị sơ kết tổng kết nhiệm kỳ đại hội chi bộ cơ sở').split(' ');
const TYPES = ['NQ', 'KL', 'CT', 'TB', 'BC', 'KH', 'CV', 'QĐ'];

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));

function sentence(r: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

/** Seeds `outCount` outgoing and `inCount` incoming entries through the registry functions, in large transactions. */
export function seed(file: string, outCount: number, inCount: number): void {
  const ctx: Ctx = sqliteCtx(openDatabase(file), 'bench', `${file}-files`);
  const r = rng(7);
  const book = createOutBook(ctx, { issuerCode: 'TU', name: 'Tỉnh ủy' });
  openTerm(ctx, book.id, '2020–2025', '2015-01-01');
  const batch = (n: number, f: (i: number) => void) => {
    for (let s = 0; s < n; s += 5000) ctx.db.transaction(() => { for (let i = s; i < Math.min(n, s + 5000); i++) f(i); })();
  };
  batch(outCount, (i) => registerNumber(ctx, book.id, {
    typeCode: TYPES[i % TYPES.length], date: `20${15 + Math.floor(i / (outCount / 10))}-0${1 + (i % 9)}-1${i % 10}`,
    summary: sentence(r, 12), signer: 'Nguyễn Văn An',
  }));
  batch(inCount, (i) => addIncoming(ctx, {
    receivedDate: `20${15 + Math.floor(i / (inCount / 10))}-0${1 + (i % 9)}-2${i % 8}`, sender: `Huyện ủy ${sentence(r, 2)}`,
    senderNumber: `${1 + (i % 300)}-${TYPES[i % TYPES.length]}/HU`, summary: sentence(r, 12), deadline: i % 3 ? '' : '2020-01-01',
  }));
  ctx.db.close();
}

function registrationLatency(reg: RegistryService, bookId: number, n: number): number[] {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    reg.registerNumber(bookId, { typeCode: 'NQ', date: '2025-06-01', summary: 'Nghị quyết về công tác tư tưởng' });
    t.push(performance.now() - s);
  }
  return t;
}

/** Prints the registry figures. */
export async function run(): Promise<void> {
  const dir = tmp();
  const file = path.join(dir, 'bench.db');
  let t0 = performance.now();
  seed(file, 50_000, 50_000);
  console.log(`seeded 50,000 outgoing + 50,000 incoming entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
  console.log(`open (integrity_check, 100,000 entries): ${ms(performance.now() - t0)}`);
  const bookId = reg.listOutBooks()[0].id;
  const lat = registrationLatency(reg, bookId, 1000);
  console.log(`registration (synchronous=FULL, WAL, 1,000 numbers): p50 ${ms(pct(lat, 50))}, p99 ${ms(pct(lat, 99))}, max ${ms(Math.max(...lat))}  [target p99 < 10 ms]`);
  t0 = performance.now();
  const N = 1000;
  for (let i = 0; i < N; i++) reg.addIncoming({ receivedDate: '2025-06-02', sender: 'Tỉnh ủy Hà Nam', senderNumber: `${i + 1}-CV/TU`, summary: 'Công văn về việc triển khai' });
  const secs = (performance.now() - t0) / 1000;
  console.log(`incoming insert (one transaction + fsync each): ${Math.round(N / secs)} entries/s (${N} in ${secs.toFixed(2)} s)`);
  const queries = ['nghi quyet tu tuong', 'dang uy', '88-KL/TU', '12-NQ/HU', 'chuyen doi so', 'kiem tra giam sat can bo', 'Đảng ủy', 'ngân sách', 'nong thon moi', 'huyen uy'];
  const sl: number[] = [];
  for (let round = 0; round < 30; round++) for (const q of queries) {
    const s = performance.now();
    reg.search({ text: q });
    sl.push(performance.now() - s);
  }
  const ol: number[] = [];
  for (let i = 0; i < 50; i++) { const s = performance.now(); reg.search({ overdue: true, limit: 200 }); ol.push(performance.now() - s); }
  console.log(`search over 100,000 entries (${sl.length} queries, ≤200 hits per register): p50 ${ms(pct(sl, 50))}, p95 ${ms(pct(sl, 95))}, max ${ms(Math.max(...sl))}  [target p95 < 20 ms]`);
  console.log(`overdue filter: p50 ${ms(pct(ol, 50))}, p95 ${ms(pct(ol, 95))}`);
  reg.close();
  await printBench(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function printBench(dir: string): Promise<void> {
  if (!fs.existsSync(path.resolve('main/registry/print/index.ts'))) {
    console.log('print: module main/registry/print not present, skipped');
    return;
  }
  const file = path.join(dir, 'print.db');
  seed(file, 5000, 5000);
  const reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
  let t0 = performance.now();
  await reg.printRegister('out', { from: '2000-01-01', to: '2000-01-02', format: 'docx' });
  await reg.printRegister('out', { from: '2000-01-01', to: '2000-01-02', format: 'xlsx' });
  console.log(`print: loading the DOCX/XLSX modules (first print only): ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  for (const [kind, format] of [['out', 'docx'], ['out', 'xlsx'], ['in', 'docx'], ['follow-up', 'docx']] as const) {
    t0 = performance.now();
    const bytes = await reg.printRegister(kind, { from: '2000-01-01', to: '2099-12-31', format });
    console.log(`print ${kind} register, 5,000 rows, ${format}: ${((performance.now() - t0) / 1000).toFixed(2)} s (${(bytes.byteLength / 1024).toFixed(0)} KiB)  [target < 3 s]`);
  }
  reg.close();
}
