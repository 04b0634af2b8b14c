/**
 * The real fault behind issue #10, finding 8: the host is killed (SIGKILL) in the middle of a
 * checkpoint of a large WAL. A child registers hundreds of outgoing numbers through vanthu while a
 * pinned reader keeps them all in the WAL (tens of MB), then checkpoints it; the parent kills it at a
 * random moment of that checkpoint and reopens the registry with vanthu's normal open, which must
 * accept it (not refuse it as truncated or damaged) with every acknowledged number and nothing else.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../../main/registry/index';
import { ROOT, seededRandom, withTermBook } from './helpers';

/** Kill rounds (each on a fresh registry), after one round that measures the checkpoint. */
const ROUNDS = 5;
/** Numbers registered per round: about 58 KB of WAL each, so the WAL reaches ~45 MB. */
const ENTRIES = 800;


/** What the child reported before it ended (or was killed). */
interface WriterRun {
  acknowledged: number[];
  walBytes: number;
  checkpointStarted: boolean;
  /** Checkpoint duration in ms, when the child lived to report it. */
  checkpointMs?: number;
}

/** Runs the checkpoint writer on `db`; when `killAfterMs` is given, SIGKILLs it that long after "checkpoint-start". */
function checkpointWriter(db: string, bookId: number, killAfterMs?: number): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const fixture = path.join(ROOT, 'tests/main/registry/fixtures/checkpoint-writer.ts');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), fixture, db, String(bookId), String(ENTRIES)], { cwd: ROOT });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!armed && killAfterMs !== undefined && out.includes('checkpoint-start\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') return reject(new Error(`checkpoint writer failed (${code}): ${err}`));
      const lines = out.split('\n');
      const done = lines.find((l) => l.startsWith('checkpoint-done '));
      resolve({
        acknowledged: lines.filter((l) => /^\d+$/.test(l)).map(Number),
        walBytes: Number(lines.find((l) => l.startsWith('wal '))?.slice(4) ?? 0),
        checkpointStarted: lines.includes('checkpoint-start'),
        checkpointMs: done === undefined ? undefined : Number(done.split(' ')[1]),
      });
    });
  });
}

/** True when the database file is shorter than its header's page count says (a checkpoint cut short). */
function shorterThanHeader(file: string): boolean {
  const head = fs.readFileSync(file).subarray(0, 100);
  const raw = head.readUInt16BE(16);
  return fs.statSync(file).size < (raw === 1 ? 65536 : raw) * head.readUInt32BE(28);
}

/** Reopens the registry with vanthu's normal open and checks it holds exactly the acknowledged numbers. */
function expectEveryAcknowledgedEntry(file: string, bookId: number, acknowledged: number[]): void {
  const reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
  const serials = reg.listOutgoing({ bookId }).map((e) => e.serial).sort((a, b) => a - b);
  expect(serials).toEqual(Array.from({ length: serials.length }, (_, i) => i + 1));
  expect(serials).toEqual([...acknowledged].sort((a, b) => a - b));
  expect(reg.auditVerify().ok).toBe(true);
  reg.close();
  const raw = new Database(file, { readonly: true });
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
}

describe('the host killed with SIGKILL in the middle of a checkpoint of a large WAL', () => {
  it(`leaves a registry vanthu reopens with every acknowledged entry (${ROUNDS} kills)`, async () => {
    const calibration = withTermBook();
    calibration.reg.close();
    const measured = await checkpointWriter(calibration.reg.path, calibration.bookId);
    expect(measured.checkpointMs).toBeDefined();
    expectEveryAcknowledgedEntry(calibration.reg.path, calibration.bookId, measured.acknowledged);
    const window = Math.max(1, measured.checkpointMs ?? 0);

    const random = seededRandom(20261202);
    const figures: { delayMs: number; walBytes: number; killedMidCheckpoint: boolean; fileCutShort: boolean }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Stratified over the measured checkpoint, squared: the pages are copied into the file in its
      // first ~quarter (the rest is mostly truncating the WAL), so early moments are drawn more often.
      const delayMs = Math.floor(((round + random()) / ROUNDS) ** 2 * window);
      const { reg, bookId } = withTermBook();
      const file = reg.path;
      reg.close();
      const run = await checkpointWriter(file, bookId, delayMs);
      expect(run.checkpointStarted).toBe(true);
      expect(run.acknowledged).toHaveLength(ENTRIES);
      const killedMidCheckpoint = run.checkpointMs === undefined;
      const fileCutShort = shorterThanHeader(file);
      figures.push({ delayMs, walBytes: run.walBytes, killedMidCheckpoint, fileCutShort });
      expectEveryAcknowledgedEntry(file, bookId, run.acknowledged);
    }
    // Figures for the record: how many kills landed inside the checkpoint, and how many of those left
    // the file shorter than its header says (the state of finding 8; it needs the kill while pages
    // are being copied, so it is reported, not asserted).
    const killed = figures.filter((f) => f.killedMidCheckpoint).length;
    const cutShort = figures.filter((f) => f.fileCutShort).length;
    console.log(`checkpoint of ${measured.walBytes} WAL bytes took ${measured.checkpointMs} ms; ${killed}/${ROUNDS} killed mid-checkpoint, ${cutShort} left the file cut short`, figures);
    expect(killed).toBeGreaterThanOrEqual(1);
  }, 240_000);
});
