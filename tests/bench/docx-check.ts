/**
 * Bench of `vanthu check`: a 50-page Nghị quyết exported by vanthu, checked in-process (open, read,
 * recognise, the live rules and the file's formatting), median of 7 after a warm-up, with the time
 * of reading alone as the floor, and the peak RSS of the process; then the real command twice (a new
 * Node process: start-up included; the first may rebuild dist/), its wall time and the child's maximum RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDocxBytes } from '../../main/docx-in/check/file';
import { readDocxBytes } from '../../main/docx-in/read';
import { exportDocx } from '../../main/export/docx';
import { longDraft } from './export';

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(fn: () => unknown): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Prints the figures. */
export async function run(): Promise<void> {
  const bytes = await exportDocx(longDraft(50));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  let findings = -1;
  const check = timed(() => { findings = checkDocxBytes(bytes, 'bench.docx').findings.length; });
  const read = timed(() => readDocxBytes(bytes, 'bench.docx'));
  clearInterval(timer);
  console.log(`vanthu check of a 50-page DOCX (${(bytes.length / 1024).toFixed(0)} KiB, ${findings} findings), median of ${RUNS}, in-process:`);
  console.log(`  check ${median(check).toFixed(1)} ms (reading alone ${median(read).toFixed(1)} ms); peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-check-'));
  const file = path.join(dir, 'bench.docx');
  writeFileSync(file, bytes);
  // Twice: the launcher rebuilds dist/ first when sources changed; the second run is the user's.
  for (const round of ['first', 'second']) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.resolve('bin/vanthu.cjs'), 'check', file], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const maxKb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? Number.NaN);
    console.log(`  \`vanthu check\` as a command (${round} run): exit ${r.status}, ${wall.toFixed(0)} ms wall (Node start-up included), max RSS ${Number.isFinite(maxKb) ? `${(maxKb / 1024).toFixed(0)} MiB` : '?'}`);
  }
}
