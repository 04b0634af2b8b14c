/**
 * Bench of start-up (`npm run bench -- startup`): wall time, median of 21 (a shared machine is noisy: single runs spread ±20%, and medians of 11 moved by ±0.15×), of `vanthu templates`,
 * `vanthu export` of a 10-page draft (made with `vanthu new`, its body repeated) and the local host's
 * time to its first served page (started with --no-open, its launch address followed as a browser does:
 * 303 with the session cookie, then the page), each beside a bare `node -e 0` measured in the same run,
 * in turns, so a busy machine weighs on all alike. Target: each CLI command within 2.5× `node -e 0`.
 * The commands keep their V8 code cache (bin/code-cache.cjs) in a folder of the bench, written by the
 * warm-up round; the export is also timed without it, for comparison (not a target).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ensureRenderer, ROOT } from '../../main/host/build-renderer';
import { ensureBuilt } from '../../scripts/build.mjs';

const RUNS = 21;
/** Target ratio of a CLI command to a bare Node start. */
const CLI_TARGET = 2.5;
/** Body blocks of the Nghị quyết template repeated until about this many (15 fill a page). */
const BODY_BLOCKS = 150;
const VANTHU = path.join(ROOT, 'bin', 'vanthu.cjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall milliseconds of one process run to its end; throws when it fails. */
function timed(args: string[], cwd: string, env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, VANTHU_CACHE_DIR: path.join(cwd, 'cache'), ...env } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

/** A 10-page draft: `vanthu new nghi-quyet`, its body blocks repeated to BODY_BLOCKS. */
function tenPageDraft(dir: string): string {
  const file = path.join(dir, 'du-thao.json');
  timed([VANTHU, 'new', 'nghi-quyet', '--number', '04', '--date', '06/3/2026', '-o', file], dir);
  const draft = JSON.parse(fs.readFileSync(file, 'utf8'));
  const body = draft.doc.content.find((n: { type: string }) => n.type === 'body');
  const blocks = [...body.content];
  while (body.content.length < BODY_BLOCKS) body.content.push(...blocks);
  fs.writeFileSync(file, JSON.stringify(draft));
  return file;
}

/** One GET; resolves with the status, the headers and the body. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

/**
 * Starts the host (bin/web.mjs) on a fresh data folder and returns the milliseconds until it has served
 * the page: the launch address it prints is opened (303 + cookie), then `/` with the cookie (200).
 */
async function hostFirstPage(dir: string, round: number): Promise<number> {
  const data = path.join(dir, `data-${round}`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'web.mjs'), '--data', data, '--no-open'], { stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    const launch = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?code=\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
      });
      child.on('exit', (code) => reject(new Error(`the host stopped (exit ${code}): ${err}`)));
    });
    const opened = await get(launch);
    const cookie = String(opened.headers['set-cookie']?.[0] ?? '').split(';')[0];
    if (opened.status !== 303 || !cookie) throw new Error(`launch address answered ${opened.status}`);
    const page = await get(new URL('/', launch).href, { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' });
    if (page.status !== 200 || !page.body.includes('<div id="root">')) throw new Error(`the page answered ${page.status}`);
    return performance.now() - t0;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Runs the bench and prints the figures. */
export async function run(): Promise<void> {
  await ensureBuilt();
  await ensureRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-startup-'));
  try {
    const draft = tenPageDraft(dir);
    const docx = path.join(dir, 'van-ban.docx');
    const rows: Record<string, number[]> = {
      'node -e 0': [],
      'vanthu templates': [],
      'vanthu export (10 trang)': [],
      'export, no code cache': [],
      'host: first page': [],
    };
    // One warm-up round (disk cache; it writes the commands' code caches), then RUNS rounds taking each measure in turn.
    for (let round = 0; round <= RUNS; round++) {
      const times = [
        timed(['-e', '0'], dir),
        timed([VANTHU, 'templates'], dir),
        timed([VANTHU, 'export', draft, '-o', docx], dir),
        timed([VANTHU, 'export', draft, '-o', docx], dir, { VANTHU_CODE_CACHE: '0' }),
        await hostFirstPage(dir, round),
      ];
      if (round > 0) Object.values(rows).forEach((list, i) => list.push(times[i]));
    }
    const floor = median(rows['node -e 0']);
    console.log(`${'measure'.padEnd(26)} ${'median ms'.padStart(10)} ${'× node -e 0'.padStart(12)}  runs (ms)`);
    for (const [name, list] of Object.entries(rows)) {
      const m = median(list);
      const target = name.startsWith('vanthu ') ? (m / floor <= CLI_TARGET ? `  ok (≤ ${CLI_TARGET}×)` : `  OVER ${CLI_TARGET}×`) : '';
      console.log(`${name.padEnd(26)} ${m.toFixed(0).padStart(10)} ${(m / floor).toFixed(2).padStart(12)}  ${list.map((x) => x.toFixed(0)).join(' ')}${target}`);
    }
    console.log(`DOCX of the draft: ${(fs.statSync(docx).size / 1024).toFixed(0)} KB, ${BODY_BLOCKS} body blocks (about 10 pages).`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
