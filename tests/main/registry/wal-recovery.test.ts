/**
 * A crash in the middle of a checkpoint (or a full disk while one runs) leaves the database file
 * shorter than its header says while the -wal file still holds the missing pages. SQLite opens
 * such a file fine; vanthu must too (issue #10, finding 8), with every acknowledged entry, and must
 * still refuse a file the WAL does not complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { auditKeyFile } from '../../../main/registry/audit/key';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { tmpDir, withTermBook } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => reg?.close());

/** Header page count × page size of a database file. */
function headerLength(file: string): number {
  const head = fs.readFileSync(file).subarray(0, 100);
  const raw = head.readUInt16BE(16);
  return (raw === 1 ? 65536 : raw) * head.readUInt32BE(28);
}

/**
 * Registers `count` numbers while an old reader keeps every checkpoint from reaching the file,
 * copies the file and its WAL as a crash would leave them, then checkpoints and returns the
 * crash image: the checkpointed file cut to its pre-checkpoint length, with the pre-checkpoint WAL.
 */
function crashMidCheckpoint(count: number): { file: string; serials: number[] } {
  const t = withTermBook();
  const live = t.reg.path;
  const reader = new Database(live);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM out_entries').get();
  const serials = Array.from({ length: count }, (_, i) => t.reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: `Nghị quyết ${i}` }).serial);
  const image = tmpDir('vanthu-crash-image-');
  const file = path.join(image, 'vanthu.db');
  const before = fs.statSync(live).size;
  fs.copyFileSync(`${live}-wal`, `${file}-wal`);
  reader.exec('COMMIT');
  reader.pragma('wal_checkpoint(FULL)');
  reader.close();
  fs.copyFileSync(live, file);
  fs.truncateSync(file, before);
  fs.mkdirSync(path.dirname(auditKeyFile(file)), { recursive: true });
  fs.copyFileSync(auditKeyFile(live), auditKeyFile(file));
  t.reg.close();
  return { file, serials };
}

describe('opening a database left by a crash in the middle of a checkpoint', () => {
  it('is not refused as truncated when its WAL completes it: every acknowledged entry is there', () => {
    const { file, serials } = crashMidCheckpoint(300);
    expect(fs.statSync(file).size).toBeLessThan(headerLength(file));
    reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    expect(reg.listOutgoing().map((e) => e.serial)).toEqual(serials);
    expect(reg.auditVerify().ok).toBe(true);
    reg.close();
    reg = undefined;
    expect(fs.statSync(file).size).toBe(headerLength(file));
  });

  it('still refuses a file its WAL does not complete, and leaves it as it was', () => {
    const { file } = crashMidCheckpoint(300);
    fs.truncateSync(`${file}-wal`, 32);
    const bytes = fs.readFileSync(file);
    expect(() => openRegistry(file, { dailyBackup: false, backupOnClose: false })).toThrow(/bị cắt cụt|bị hỏng/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
