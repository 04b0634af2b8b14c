/**
 * A real PostgreSQL for a test file: Debian's server binaries (`/usr/lib/postgresql/<version>/bin`,
 * the newest installed; `VANTHU_PG_BIN` overrides) run `initdb` into a fresh temporary folder as the
 * non-root `postgres` OS user (through `runuser` when the tests run as root), listening on 127.0.0.1
 * only, on a free port, with its unix socket inside that folder, so neither the cluster Debian's
 * package created (`/var/lib/postgresql/<v>/main`, port 5432, sockets in /var/run/postgresql) nor any
 * `PG*` variable of the environment can get in the way. Host connections need the superuser's
 * password (scram-sha-256), so wrong-password paths are real. `stop()` stops the server and removes
 * the folder; it also happens when the process exits.
 *
 * Start one per test file (beforeAll) and stop it in afterAll: a cluster costs about a second.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A running test server. */
export interface TestPostgres {
  /** `postgres://vanthu:<password>@127.0.0.1:<port>/<database>` of the database created for the test. */
  url: string;
  /** The same server with a wrong password (for refusal tests). */
  urlWithWrongPassword: string;
  /** Its TCP port on 127.0.0.1. */
  port: number;
  /** The temporary folder holding the data directory, the socket and the log. */
  dir: string;
  /** Server major version, e.g. "15". */
  version: string;
  /** A URL of another database on the same server (created here when `create`). */
  databaseUrl(name: string): string;
  /** Stops the server at once (immediate shutdown: nothing here claims durability) and removes the folder. */
  stop(): void;
  /** Stops the server, keeping the folder (for tests of a server gone mid-work); `restart()` starts it again. */
  kill(): void;
  /** Starts a killed server again on the same port and data. */
  restart(): void;
}

/** The superuser of the test cluster. */
const USER = 'vanthu';

/** The newest installed server's bin folder and its major version. */
export function postgresBin(): { bin: string; version: string } {
  const fromEnv = process.env.VANTHU_PG_BIN;
  if (fromEnv) return { bin: fromEnv, version: path.basename(path.dirname(fromEnv)) };
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => /^\d+$/.test(v) && existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error('Không tìm thấy máy chủ PostgreSQL (/usr/lib/postgresql/<phiên bản>/bin/initdb): hãy chạy "bash scripts/setup.sh" (cài gói postgresql).');
  }
  return { bin: path.join(root, versions[0], 'bin'), version: versions[0] };
}

/** A port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The environment of the server's tools: no PG* variable of ours (PGHOST, PGPORT, PGDATA …) leaks in. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  return env;
}

/** Runs a server tool as the postgres OS user (root cannot run initdb or the server). */
function runAsOwner(bin: string, tool: string, args: string[]): string {
  const exe = path.join(bin, tool);
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  try {
    return execFileSync(cmd, argv, { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${tool} ${args.join(' ')} failed: ${err.stderr || err.stdout || err.message}`);
  }
}

/** Gives the folder to the postgres OS user when running as root. */
function ownByServerUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
}

/** Options of startPostgres. */
export interface StartOptions {
  /**
   * Keep PostgreSQL's durable defaults (fsync, full_page_writes): for figures that must be compared
   * with the registry's SQLite (synchronous=FULL), i.e. the bench. Default false.
   */
  durable?: boolean;
}

/**
 * Starts a fresh PostgreSQL and creates the database `database` (default "vanthu_test") in it.
 * Unless `durable`, fsync and full_page_writes are off: acceptable only because these clusters are
 * thrown away and no test run on them claims durability across a machine crash. synchronous_commit
 * stays on, so every acknowledged commit has reached the OS and survives the server being killed
 * (`kill()`, immediate shutdown): tests of a server stopped mid-work rely on that.
 */
export async function startPostgres(database = 'vanthu_test', options: StartOptions = {}): Promise<TestPostgres> {
  const { bin, version } = postgresBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-pg-'));
  chmodSync(dir, 0o700);
  ownByServerUser(dir);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const password = randomBytes(12).toString('hex');
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  ownByServerUser(pwfile);
  let running = false;
  const pgCtl = (...args: string[]) => runAsOwner(bin, 'pg_ctl', ['-D', data, ...args]);
  const halt = () => {
    if (!running) return;
    running = false;
    try {
      pgCtl('stop', '-m', 'immediate', '-w', '-t', '30');
    } catch {
      // Already gone.
    }
  };
  const remove = () => {
    halt();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  try {
    runAsOwner(bin, 'initdb', ['-D', data, '-U', USER, '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256',
      '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    rmSync(pwfile);
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      appendFileSync(path.join(data, 'postgresql.conf'), [
        '', '# vanthu test cluster (tests/helpers/postgres.ts)',
        "listen_addresses = '127.0.0.1'", `port = ${port}`, `unix_socket_directories = '${dir}'`,
        ...(options.durable ? [] : ['fsync = off', 'full_page_writes = off']),
        'max_connections = 60', 'shared_buffers = 32MB', "log_min_messages = 'warning'", '',
      ].join('\n'));
      try {
        pgCtl('-l', log, '-w', '-t', '30', 'start');
        running = true;
        break;
      } catch (e) {
        // Another process took the port between our check and the server's bind: try another.
        if (attempt >= 3) throw new Error(`${(e as Error).message}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
      }
    }
    const base = (pw: string, db: string) => `postgres://${USER}:${pw}@127.0.0.1:${port}/${db}`;
    const admin = new pg.Client({ connectionString: base(password, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    } finally {
      await admin.end();
    }
    return {
      url: base(password, database),
      urlWithWrongPassword: base(`${password}x`, database),
      port,
      dir,
      version,
      databaseUrl: (name) => base(password, name),
      stop: () => {
        process.removeListener('exit', remove);
        remove();
      },
      kill: halt,
      restart: () => {
        pgCtl('-l', log, '-w', '-t', '30', 'start');
        running = true;
      },
    };
  } catch (e) {
    process.removeListener('exit', remove);
    remove();
    throw e;
  }
}
