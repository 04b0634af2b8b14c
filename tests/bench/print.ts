/**
 * Bench of the printed registers: time to produce a 5,000-row outgoing register as DOCX and as
 * XLSX (median of 3 runs, after one warm-up run). Target: under 3 s each.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { layOutRegister, type PrintFormat } from '../../main/registry/print/index';
import { outgoingRows } from '../main/registry/print/samples';

const ROWS = 5_000;
const RUNS = 3;
const OPTS = { from: '2026-01-01', to: '2026-12-31', orgName: 'Đảng ủy Khối các cơ quan tỉnh', bookName: 'Sổ văn bản đi năm 2026' };

async function median(format: PrintFormat): Promise<{ ms: number; bytes: number }> {
  const rows = outgoingRows(ROWS);
  let bytes = (await layOutRegister('out', rows.slice(0, 200), OPTS, format)).length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = (await layOutRegister('out', rows, OPTS, format)).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], bytes };
}

/** Prints the median time to produce a 5,000-row register as DOCX and as XLSX. */
export async function run(): Promise<void> {
  for (const format of ['docx', 'xlsx'] as const) {
    const { ms, bytes } = await median(format);
    const verdict = ms < 3000 ? 'ok' : 'OVER TARGET';
    console.log(`print: ${ROWS} rows ${format}: median ${(ms / 1000).toFixed(2)} s of ${RUNS} `
      + `(${(bytes / 1024).toFixed(0)} KiB) — target < 3 s: ${verdict}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await run();
