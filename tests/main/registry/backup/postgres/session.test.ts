/**
 * The Backups screen against a registry on PostgreSQL (the office server), on a real PostgreSQL: the
 * handlers of the `backup` domain (Sao lưu ngay, the list, Khôi phục) over the server's registry
 * service, and the service's own session methods (backup, listBackups, restore, integrity).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_ROLES } from '../../../../../common/rules/roles';
import { openRegistry, type RegistryService } from '../../../../../main/registry/index';
import { createContext, folders } from '../../../../../main/services/context';
import { closeRegistry, provideRegistry } from '../../../../../main/services/registry';
import { searchBackupHandlers } from '../../../../../main/services/search-backup';
import { pgRows, usePostgresFile } from '../../../../helpers/postgres-file';

const postgres = usePostgresFile('vanthu-pg-session-');
let n = 0;

/** A registry on a new database with the book TU, as the server opens it (its data folder inside the server's). */
async function serverRegistry(): Promise<{ reg: RegistryService; url: string; appDir: string; book: number; db: string }> {
  n++;
  const db = `so_${n}`;
  const url = await postgres.createDatabase(db);
  const appDir = path.join(postgres.dir, `server-${n}`, 'data');
  const reg = openRegistry(url, { dataDir: folders(appDir).registryFiles, user: 'may-chu', backupDir: folders(appDir).backups });
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' }).id;
  reg.openTerm(book, '2025–2030', '2025-10-15');
  return { reg, url, appDir, book, db };
}

describe('backups of a registry on PostgreSQL from the admin screen', () => {
  it('backs up, lists and restores through the backup handlers; the registry goes on from the restored state', async () => {
    const { reg, appDir, book, db } = await serverRegistry();
    const ctx = createContext(appDir, 'web');
    provideRegistry(ctx.dataDir, reg);
    try {
      for (let i = 1; i <= 3; i++) reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-0' + i, summary: `Nghị quyết ${i}` });
      const made = await searchBackupHandlers['backup.create']!({}, ctx);
      expect(path.basename(made.file)).toMatch(/^vanthu-pg-so_\d+-\d{8}T\d{6}Z\.dump$/);
      expect(path.dirname(made.file)).toBe(folders(ctx.dataDir).backups);
      expect(made.size).toBeGreaterThan(1000);
      expect(fs.existsSync(`${made.file}.manifest.json`)).toBe(true);
      const list = await searchBackupHandlers['backup.list']!({}, ctx);
      expect(list.map((b) => b.file)).toEqual([made.file]); // the manifest is not listed as a backup
      expect(reg.listBackups()).toEqual([made.file]);

      // Work after the backup, then restore it.
      reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-10', summary: 'Sau khi sao lưu' });
      expect(reg.listOutgoing({})).toHaveLength(4);
      expect(await searchBackupHandlers['backup.restore']!({ file: made.file }, ctx)).toEqual({ restored: true });
      expect(reg.listOutgoing({}).map((e) => e.number).sort()).toEqual(['01-NQ/TU', '02-NQ/TU', '03-NQ/TU']);
      expect(reg.auditVerify()).toMatchObject({ ok: true });
      expect(reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-11' }).number).toBe('04-NQ/TU');

      // The database in use before the restore is kept under another name, with the work done after the backup.
      const aside = await pgRows<{ datname: string }>(postgres.server.url, `SELECT datname FROM pg_database WHERE datname LIKE '${db}_truoc_khoi_phuc_%'`);
      expect(aside).toHaveLength(1);
      const kept = await pgRows<{ summary: string }>(postgres.server.databaseUrl(aside[0].datname), "SELECT summary FROM out_entries WHERE summary = 'Sau khi sao lưu'");
      expect(kept).toHaveLength(1);
    } finally {
      closeRegistry(ctx);
    }
  }, 180_000);

  it('checks integrity on PostgreSQL: the audit chain, and a row changed behind vanthu named', async () => {
    const { reg, url, book } = await serverRegistry();
    try {
      reg.registerNumber(book, { typeCode: 'KL', date: '2025-11-01', summary: 'Kết luận' });
      expect(reg.integrity().state).toBe('pending');
      expect(await reg.checkIntegrity()).toMatchObject({ state: 'ok', problems: [] });
      expect(reg.integrity().state).toBe('ok');
      await pgRows(url, "ALTER TABLE out_entries DISABLE TRIGGER USER; UPDATE out_entries SET summary = 'Bị sửa' WHERE serial = 1; ALTER TABLE out_entries ENABLE TRIGGER USER");
      const r = await reg.checkIntegrity();
      expect(r.state).toBe('problem');
      expect(r.problems.join(' ')).toMatch(/01-KL\/TU|mục|sửa/);
    } finally {
      reg.close();
    }
  }, 120_000);

  it('refuses a damaged dump with a Vietnamese message and keeps the registry as it is', async () => {
    const { reg, book } = await serverRegistry();
    try {
      reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-01' });
      const file = await reg.backup(path.join(postgres.dir, `bk-${n}`, 'x.db'));
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, bytes.length - 200));
      await expect(reg.restore(file)).rejects.toThrow(/không còn nguyên vẹn|bị hỏng/);
      expect(reg.listOutgoing({})).toHaveLength(1);
      expect(reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-02' }).number).toBe('02-NQ/TU');
    } finally {
      reg.close();
    }
  }, 120_000);

  it('leaves backups to the quản trị only', () => {
    for (const op of ['backup.create', 'backup.list', 'backup.restore'] as const) expect(OPERATION_ROLES[op]).toEqual(['quan-tri']);
  });
});
