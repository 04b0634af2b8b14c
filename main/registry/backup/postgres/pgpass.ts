/**
 * The user's password file as libpq reads it (`PGPASSFILE`, else `~/.pgpass`), for a URL without a
 * password: lines `host:port:database:user:password`, `*` matching anything, `\:` and `\\`
 * escaped, `#` comments; ignored unless private (no group or other permission), as libpq does.
 * node-postgres can read it too, but only with a deprecation warning on stderr (a cron job's mail).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The password file libpq would read for the current user. */
export function pgpassFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.PGPASSFILE || path.join(env.HOME || os.homedir(), '.pgpass');
}

/** Splits a .pgpass line on unescaped colons, unescaping `\:` and `\\`. */
function fields(line: string): string[] {
  const out: string[] = [''];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) out[out.length - 1] += line[++i];
    else if (ch === ':' && out.length < 5) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

/** The password of the first matching line for this connection, or undefined. */
export function lookupPgpass(host: string, port: number, database: string, user: string, file = pgpassFile()): string | undefined {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || (process.platform !== 'win32' && (st.mode & 0o077) !== 0)) return undefined;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const wanted = [host || 'localhost', String(port), database, user || os.userInfo().username];
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const f = fields(line);
    if (f.length === 5 && wanted.every((w, i) => f[i] === '*' || f[i] === w)) return f[4];
  }
  return undefined;
}
