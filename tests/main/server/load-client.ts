/**
 * One workstation process for the server's load tests and bench (run by office-clients.ts, bundled
 * and started with plain Node): it signs in `sessions` times as its văn thư (each session with its
 * own keep-alive HTTPS agent pinning the server's certificate), prints "ready", waits for "go" on
 * stdin, then each session registers `count` numbers through `registry.deskReserve` one after the
 * other. A failed request (an HTTP status other than 200, or a cut connection) is retried after
 * `retryMs` (0: not retried, recorded as failed) until `deadlineMs` has passed. Prints one JSON line:
 * the acknowledged registrations (summary, serial, milliseconds of the acknowledged request) and
 * the failures seen.
 */
import https from 'node:https';
import { pinnedTlsOptions, type Pin } from '../../../main/server/trust';

/** What the client is told (its first argument, JSON). */
export interface LoadClientConfig {
  host: string;
  port: number;
  pin: Pin;
  userName: string;
  password: string;
  sessions: number;
  count: number;
  bookId: number;
  typeCode: string;
  date: string;
  /** Prefix of the summaries (unique per client process). */
  tag: string;
  retryMs: number;
  deadlineMs: number;
}

/** One acknowledged registration. */
export interface Acked { summary: string; serial: number; ms: number; attempts: number }

/** What the client prints at the end. */
export interface LoadClientResult { acked: Acked[]; failures: { summary: string; status: number; message: string }[] }

interface Reply { status: number; body: string; cookie: string }

function post(agent: https.Agent, cfg: LoadClientConfig, path: string, body: unknown, cookie: string): Promise<Reply> {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = https.request({
      agent, host: cfg.host, port: cfg.port, method: 'POST', path,
      headers: {
        host: `${cfg.host}:${cfg.port}`, 'x-vanthu': '1', 'content-type': 'application/json',
        'content-length': Buffer.byteLength(data), ...(cookie ? { cookie } : {}),
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const set = res.headers['set-cookie']?.[0];
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookie: set ? set.split(';')[0] ?? '' : '' });
      });
      res.on('error', (e) => resolve({ status: 0, body: String(e.message), cookie: '' }));
    });
    req.setTimeout(120_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: String(e.message), cookie: '' }));
    req.end(data);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const cfg = JSON.parse(process.argv[2] ?? '{}') as LoadClientConfig;
  const sessions = await Promise.all(Array.from({ length: cfg.sessions }, async () => {
    const agent = new https.Agent({ ...pinnedTlsOptions(cfg.pin), keepAlive: true, maxSockets: 1 });
    const r = await post(agent, cfg, '/api/login', { userName: cfg.userName, password: cfg.password }, '');
    if (r.status !== 200 || !r.cookie) throw new Error(`login ${cfg.userName}: ${r.status} ${r.body}`);
    return { agent, cookie: r.cookie };
  }));
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  // Fresh connections: while waiting for "go" the idle ones may have passed the server's keep-alive
  // timeout, and a request racing its close would fail with "socket hang up".
  for (const s of sessions) {
    s.agent.destroy();
    s.agent = new https.Agent({ ...pinnedTlsOptions(cfg.pin), keepAlive: true, maxSockets: 1 });
  }
  const out: LoadClientResult = { acked: [], failures: [] };
  const deadline = Date.now() + cfg.deadlineMs;
  await Promise.all(sessions.map(async (s, k) => {
    for (let i = 0; i < cfg.count; i++) {
      const summary = `${cfg.tag}-${k}-${i}`;
      for (let attempt = 1; ; attempt++) {
        const started = performance.now();
        const r = await post(s.agent, cfg, '/api/call/registry.deskReserve',
          { bookId: cfg.bookId, typeCode: cfg.typeCode, date: cfg.date, summary, notes: '' }, s.cookie);
        const ms = performance.now() - started;
        if (r.status === 200) {
          const serial = (JSON.parse(r.body) as { value: { serial: number } }).value.serial;
          out.acked.push({ summary, serial, ms, attempts: attempt });
          break;
        }
        let message = r.body;
        try { message = (JSON.parse(r.body) as { error: { message: string } }).error.message; } catch { /* not JSON */ }
        out.failures.push({ summary, status: r.status, message });
        if (!cfg.retryMs || Date.now() > deadline) break;
        await sleep(cfg.retryMs);
      }
    }
    s.agent.destroy();
  }));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
