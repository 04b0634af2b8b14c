/**
 * Autosave survives a hard stop: a child process autosaving a draft in a loop is killed with
 * SIGKILL at random moments; after each kill the database passes `integrity_check` and holds the
 * last save the child acknowledged (or the one it committed just before dying), versions included.
 * SQLite only: it is about the file itself (its journal and `integrity_check` after a hard stop); on
 * PostgreSQL durability is the server's, and a lost connection is tested with the store.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_VERSIONS } from '../../../main/registry/drafts/versions';
import { openRegistry } from '../../../main/registry/index';
import { freshRegistry, ROOT } from './helpers';

const ROUNDS = 6;

/** Runs the writer and SIGKILLs it `delayMs` after it is ready; resolves with the counters it acknowledged. */
function killedWriter(db: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'tests/main/registry/fixtures/draft-writer.ts'), db, 'du-thao-1'], { cwd: ROOT });
    let out = '';
    let armed = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!armed && out.includes('ready')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('close', () => resolve(out.split('\n').filter((l) => /^\d+$/.test(l)).map(Number)));
  });
}

describe('a draft autosaving process killed with SIGKILL', () => {
  it(`keeps the last acknowledged autosave and a sound database (${ROUNDS} kills)`, async () => {
    const reg = freshRegistry();
    const file = reg.path;
    reg.close();
    let last = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await killedWriter(file, 40 + round * 45);
      if (acked.length) last = acked[acked.length - 1];
      const raw = new Database(file);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = raw.prepare("SELECT title, doc FROM drafts WHERE id = 'du-thao-1'").get() as { title: string; doc: string } | undefined;
      const n = row ? (JSON.parse(row.doc) as { n: number }).n : 0;
      expect([last, last + 1]).toContain(n);
      if (row) expect(row.title).toBe(`Nghị quyết ${n}`);
      last = n;
      raw.close();
    }
    expect(last).toBeGreaterThan(ROUNDS);
    const check = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    expect((check.drafts.get('du-thao-1')!.doc as { n: number }).n).toBe(last);
    const versions = check.drafts.versions('du-thao-1');
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.length).toBeLessThanOrEqual(MAX_VERSIONS);
    check.close();
  }, 300_000);
});
