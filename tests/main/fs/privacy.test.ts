/**
 * Stored data is readable by the user's own account only: a data folder filled through the real
 * entry point (bin/run-ts.mjs: umask 077) and the services (createContext) has every folder 0700
 * and every file 0600 — database, -wal/-shm, backups, settings, exports, stored DOCX, uploads —
 * and another account (nobody) cannot read them. A data folder left readable by an older version is
 * fixed when it is opened (services context, `vanthu registry`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../../main/services/context';
import { runRegistry } from '../../../main/cli/registry';

const ROOT = path.resolve(__dirname, '../../..');
const made: string[] = [];
const tmp = (name: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `vanthu-${name}-`));
  made.push(d);
  return d;
};
afterAll(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

/** Every entry under `dir` (and `dir` itself) with its permission bits. */
function modes(dir: string): { entry: string; dir: boolean; mode: number }[] {
  const all = [{ entry: '.', dir: true, mode: fs.statSync(dir).mode & 0o777 }];
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const st = fs.lstatSync(path.join(dir, rel));
    all.push({ entry: rel, dir: st.isDirectory(), mode: st.mode & 0o777 });
  }
  return all;
}

const octal = (n: number) => n.toString(8).padStart(4, '0');
const wrongModes = (dir: string) => modes(dir).filter((m) => m.mode !== (m.dir ? 0o700 : 0o600)).map((m) => `${m.entry} ${octal(m.mode)}`);
const posix = process.platform !== 'win32';

describe.runIf(posix)('private data folder', () => {
  const data = path.join(tmp('privacy'), 'du-lieu');

  it('keeps every file 0600 and every folder 0700 after a day of work through the entry point', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'tests/main/fs/fixtures/fill-data-folder.ts'), data],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VANTHU_DATA: data } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/issued 01-KL\/TU/);
    const names = modes(data).map((m) => m.entry).join('\n');
    for (const kind of [/vanthu\.db$/m, /settings\.json$/m, /^exports\/.+\.docx$/m, /^backups\/.+\.db$/m, /^uploads\/.+\.pdf$/m, /^vanthu-files\/di\/.+\.docx$/m]) {
      expect(names).toMatch(kind);
    }
    expect(wrongModes(data)).toEqual([]);
  });

  it('keeps another account out (runuser -u nobody -- cat …)', () => {
    const runuser = spawnSync('runuser', ['--help']);
    if (process.getuid?.() !== 0 || runuser.error) {
      console.log(`Bỏ qua: cần quyền root và lệnh runuser để thử bằng tài khoản nobody (uid ${process.getuid?.()}).`);
      return;
    }
    // nobody must be able to reach the folder for the test to mean something: open the path above it.
    for (let p = path.dirname(data); p !== path.dirname(p); p = path.dirname(p)) fs.chmodSync(p, fs.statSync(p).mode | 0o011);
    const files = modes(data).filter((m) => !m.dir).map((m) => path.join(data, m.entry));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const r = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', file], { encoding: 'utf8' });
      expect(r.status, `nobody read ${file}`).not.toBe(0);
      expect(r.stderr).toMatch(/Permission denied/);
    }
    const ls = spawnSync('runuser', ['-u', 'nobody', '--', 'ls', data], { encoding: 'utf8' });
    expect(ls.status).not.toBe(0);
  });

  it('fixes a data folder an older version left readable by others, when the services open it', () => {
    const old = tmp('old-data');
    fs.mkdirSync(path.join(old, 'exports', 'x'), { recursive: true, mode: 0o755 });
    for (const f of ['vanthu.db', 'vanthu.db-wal', 'settings.json', 'exports/x/a.docx']) fs.writeFileSync(path.join(old, f), 'x', { mode: 0o644 });
    fs.chmodSync(old, 0o755);
    fs.chmodSync(path.join(old, 'exports'), 0o755);
    fs.chmodSync(path.join(old, 'exports', 'x'), 0o755);
    expect(wrongModes(old).length).toBe(7);
    createContext(old, 'web');
    expect(wrongModes(old)).toEqual([]);
  });

  it('fixes the database and its files when `vanthu registry` opens them', () => {
    const dir = tmp('old-registry');
    const db = path.join(dir, 'so.db');
    const bin = path.join(ROOT, 'bin/vanthu.cjs');
    expect(spawnSync(process.execPath, [bin, 'registry', 'init', '--db', db], { encoding: 'utf8' }).status).toBe(0);
    fs.mkdirSync(path.join(dir, 'so-files', 'den'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'so-files', 'den', 'scan.pdf'), 'x');
    for (const f of [db, path.join(dir, 'so-files', 'den', 'scan.pdf')]) fs.chmodSync(f, 0o644);
    for (const f of [path.join(dir, 'so-files'), path.join(dir, 'so-files', 'den')]) fs.chmodSync(f, 0o755);
    const r = spawnSync(process.execPath, [bin, 'registry', 'books', '--db', db], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.statSync(db).mode & 0o777).toBe(0o600);
    expect(wrongModes(path.join(dir, 'so-files'))).toEqual([]);
  });

  it('fixes the default data folder when `vanthu registry` runs without --db', async () => {
    const home = tmp('xdg');
    const folder = path.join(home, 'vanthu');
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = home;
    const quiet = [console.log, console.error, console.warn];
    console.log = console.error = console.warn = () => undefined;
    try {
      expect(await runRegistry(['init'])).toBe(0);
      fs.chmodSync(folder, 0o755);
      fs.chmodSync(path.join(folder, 'vanthu.db'), 0o644);
      expect(await runRegistry(['books'])).toBe(0);
    } finally {
      [console.log, console.error, console.warn] = quiet;
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
    expect(wrongModes(folder)).toEqual([]);
  });
});
