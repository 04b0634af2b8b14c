import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../../main/registry/index';
import { ROOT, seededRandom, withTermBook } from './helpers';

const ROUNDS = 12;


/** Runs a writer "forever" and SIGKILLs it `delayMs` after it is ready (or after spawn when `early`). */
function killedWriter(db: string, bookId: number, delayMs: number, early: boolean): Promise<{ out: number[]; in: number[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'tests/main/registry/fixtures/writer.ts'), db, String(bookId), 'forever', 'crash'], { cwd: ROOT });
    let out = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (early) arm();
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) arm();
    });
    child.on('close', () => {
      const lines = out.split('\n');
      resolve({ out: lines.filter((l) => /^\d+$/.test(l)).map(Number), in: lines.filter((l) => /^i\d+$/.test(l)).map((l) => Number(l.slice(1))) });
    });
  });
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(`loses nothing it acknowledged and leaves a sound database (${ROUNDS} kills)`, async () => {
    const { reg, bookId } = withTermBook();
    const file = reg.path;
    reg.close();
    const random = seededRandom(20260306);
    const acknowledged = new Set<number>();
    const acknowledgedIn = new Set<number>();
    let killedBeforeReady = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const early = round % 4 === 3;
      const acked = await killedWriter(file, bookId, early ? Math.floor(random() * 900) : 5 + Math.floor(random() * 250), early);
      if (acked.out.length === 0) killedBeforeReady++;
      acked.out.forEach((s) => acknowledged.add(s));
      acked.in.forEach((s) => acknowledgedIn.add(s));
      const raw = new Database(file);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
    const check = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    const serials = check.listOutgoing({ bookId }).map((e) => e.serial).sort((a, b) => a - b);
    for (const s of acknowledged) expect(serials).toContain(s);
    expect(serials).toEqual(Array.from({ length: serials.length }, (_, i) => i + 1));
    const incoming = check.listIncoming().map((e) => e.serial);
    for (const s of acknowledgedIn) expect(incoming).toContain(s);
    expect(incoming).toEqual(Array.from({ length: incoming.length }, (_, i) => i + 1));
    expect(check.auditVerify().ok).toBe(true);
    check.close();
    expect(killedBeforeReady).toBeLessThanOrEqual(ROUNDS);
  }, 300_000);
});
