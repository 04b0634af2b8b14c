/**
 * The integrity check of a registry file: opening runs only the bounded quick check, the full
 * `integrity_check` runs in the background and its verdict is reported (and kept for the next start).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { runFullCheck } from '../../../main/registry/integrity';
import { closeRegistry, createContext, dispatch, HANDLERS } from '../../../main/services';
import { folders } from '../../../main/services/context';
import { tmpDir } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => reg?.close());

const NO_BACKUPS = { user: 'kiem-thu', dailyBackup: false, backupOnClose: false } as const;

/** A closed registry file with one outgoing entry dated 2026-03-05. */
function oneEntryFile(file = path.join(tmpDir(), 'so.db')): string {
  const r = openRegistry(file, { ...NO_BACKUPS, integrityCheck: 'off' });
  const book = r.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
  r.openTerm(book.id, '2025–2030', '2025-10-01');
  r.registerNumber(book.id, { typeCode: 'NQ', typeId: 'nghi-quyet', date: '2026-03-05', summary: 'Nghị quyết' });
  r.close();
  return file;
}

/**
 * Damages the index on outgoing dates in place: the date in its one entry is changed on disk, so
 * every page stays well-formed (the quick check passes) but the index no longer matches its table.
 */
function damageDateIndex(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'out_entries_date'").get() as { rootpage: number }).rootpage;
  db.close();
  const bytes = fs.readFileSync(file);
  const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
  const at = page.indexOf('2026-03-05');
  expect(at).toBeGreaterThan(0);
  page.write('2026-03-04', at, 'latin1');
  fs.writeFileSync(file, bytes);
}

describe('integrity of the register file', () => {
  it('reports an intact file as ok, and leaves nothing behind in the data folder', async () => {
    const file = oneEntryFile();
    reg = openRegistry(file, { ...NO_BACKUPS, integrityDelayMs: 0 });
    const first = reg.integrity();
    expect(first.state).toBe('pending');
    const r = await reg.checkIntegrity();
    expect(r).toMatchObject({ state: 'ok', problems: [] });
    expect(reg.integrity().state).toBe('ok');
    reg.close();
    expect(fs.existsSync(path.join(reg.dataDir, 'integrity.json'))).toBe(false);
    reg = openRegistry(file, { ...NO_BACKUPS, integrityCheck: 'off' });
    expect(reg.integrity().state).toBe('pending');
  });

  it('opens a file whose index disagrees with its table (quick check), and the background check reports it', async () => {
    const file = oneEntryFile();
    damageDateIndex(file);
    reg = openRegistry(file, { ...NO_BACKUPS, integrityDelayMs: 0 });
    expect(reg.listOutgoing().map((e) => e.number)).toEqual(['01-NQ/TU']);
    for (let i = 0; i < 1200 && reg.integrity().state === 'pending'; i++) await new Promise((res) => setTimeout(res, 25));
    const r = reg.integrity();
    expect(r.state).toBe('problem');
    expect(r.problems.join('\n')).toMatch(/out_entries_date/);
    reg.close();
    // The next start reports it at once, before its own check ends.
    reg = openRegistry(file, { ...NO_BACKUPS, integrityCheck: 'off' });
    expect(reg.integrity().state).toBe('problem');
    expect((await runFullCheck(file)).state).toBe('problem');
  });

  it('still refuses on open a file whose pages are damaged (quick check)', () => {
    const file = oneEntryFile();
    const db = new Database(file, { readonly: true });
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'out_entries'").get() as { rootpage: number }).rootpage;
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, (root - 1) * pageSize + 8, (root - 1) * pageSize + 40); // garbage in the page's cell pointers
    fs.writeFileSync(file, bytes);
    expect(() => openRegistry(file, NO_BACKUPS)).toThrow(/bị hỏng/);
  });

  it('is what the desk reads (registry.deskIntegrity) to show its warning', async () => {
    const dir = tmpDir();
    damageDateIndex(oneEntryFile(folders(dir).database));
    const ctx = createContext(dir, 'web');
    try {
      let r = await dispatch(HANDLERS, ctx, 'registry.deskIntegrity', {});
      for (let i = 0; i < 1200 && r.ok && (r.value as { state: string }).state === 'pending'; i++) {
        await new Promise((res) => setTimeout(res, 25));
        r = await dispatch(HANDLERS, ctx, 'registry.deskIntegrity', {});
      }
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value).toMatchObject({ state: 'problem', problems: [expect.stringMatching(/out_entries_date/)] });
    } finally {
      closeRegistry(ctx);
    }
  }, 60_000);
});
