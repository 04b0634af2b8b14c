/**
 * The registry (sổ đăng ký văn bản): `openRegistry(path)` opens or creates the SQLite database and
 * returns the service object of ./service.ts. All SQL of vanthu lives under main/registry.
 */
import os from 'node:os';
import path from 'node:path';
import { listAudit, verifyAudit } from './audit/log';
import { backupTo, autoBackup, listAutoBackups, restoreFile } from './backup/backup';
import * as books from './outgoing/books';
import type { Ctx } from './context';
import { openDatabase } from './db';
import { createDesk } from './desk/index';
import { createDrafts } from './drafts/service';
import { RegistryError } from './errors';
import { addIncoming, updateIncoming } from './incoming/incoming';
import { listInBooks } from './incoming/books';
import { getIncoming, listIncoming } from './incoming/rows';
import * as orgs from './organisations';
import * as out from './outgoing/outgoing';
import * as changes from './outgoing/changes';
import { getOutgoing, listOutgoing } from './outgoing/rows';
import { backupDirFor, dataDirFor, defaultDbPath } from './paths';
import { search } from './search';
import { setLastUsed } from './outgoing/sequence';
import type { OpenOptions, RegistryService } from './service';
import { stampFields } from './incoming/stamp';
import * as terms from './outgoing/terms';

export type * from './service';
export type * from './types';
export type * from './drafts/types';
export { RegistryError } from './errors';
export { defaultDbPath } from './paths';
export { stampFields } from './incoming/stamp';

/**
 * Restores a backup into `file` without opening it first (the current file may be corrupt): the
 * backup is checked, the current file kept aside. Returns the path kept aside.
 */
export function restoreRegistry(file: string, src: string): { keptAside: string } {
  return { keptAside: restoreFile(path.resolve(file), src) };
}

/** Automatic backups of the database at `file`, newest last (offered when the file cannot be opened). */
export function backupsOf(file: string, backupDir?: string): string[] {
  return listAutoBackups(backupDir ?? backupDirFor(path.resolve(file)));
}

function userName(): string {
  try { return os.userInfo().username; } catch { return 'vanthu'; }
}

/** Opens (creating when missing) the registry database at `file` (default: the user's data folder). */
export function openRegistry(file: string = defaultDbPath(), opts: OpenOptions = {}): RegistryService {
  const abs = path.resolve(file);
  const ctx: Ctx = { db: openDatabase(abs, { create: opts.create }), user: opts.user ?? userName(), dataDir: dataDirFor(abs) };
  const backupDir = opts.backupDir ?? backupDirFor(abs);
  const keep = opts.keepBackups ?? 14;
  let open = true;
  if (opts.dailyBackup ?? opts.autoBackup ?? true) autoBackup(ctx.db, backupDir, keep, 'daily');
  const live = (): Ctx => {
    if (!open) throw new RegistryError('invalid', 'Sổ đăng ký đã đóng.');
    return ctx;
  };
  return {
    path: abs,
    desk: createDesk(live),
    drafts: createDrafts(live),
    dataDir: ctx.dataDir,
    close() {
      if (!open) return;
      open = false;
      try {
        if (opts.backupOnClose ?? opts.autoBackup ?? true) autoBackup(ctx.db, backupDir, keep, 'close');
      } finally {
        ctx.db.close();
      }
    },
    saveOrganisation: (org) => orgs.saveOrganisation(live(), org),
    getOrganisation: (symbol) => orgs.getOrganisation(live(), symbol),
    listOrganisations: () => orgs.listOrganisations(live()),
    createOutBook: (input) => books.createOutBook(live(), input),
    listOutBooks: () => books.listOutBooks(live()),
    setTypeScope: (bookId, typeCode, scope) => books.setTypeScope(live(), bookId, typeCode, scope),
    setSecretSeparate: (bookId, separate) => books.setSecretSeparate(live(), bookId, separate),
    listTerms: (bookId) => terms.listTerms(live(), bookId),
    openTerm: (bookId, name, startDate) => terms.openTerm(live(), bookId, name, startDate),
    closeTerm: (bookId, endDate) => terms.closeTerm(live(), bookId, endDate),
    setLastUsed: (bookId, typeCode, lastUsed, o) => setLastUsed(live(), bookId, typeCode, lastUsed, o),
    listInBooks: (year) => listInBooks(live(), year),
    registerNumber: (bookId, details) => out.registerNumber(live(), bookId, details),
    reserveNumber: (bookId, details) => out.reserveNumber(live(), bookId, details),
    issueReserved: (id, details) => out.issueReserved(live(), id, details),
    releaseReservation: (id, reason) => changes.releaseReservation(live(), id, reason),
    cancelNumber: (ref, reason, bookId) => changes.cancelNumber(live(), ref, reason, bookId),
    correctOutgoing: (id, c, reason) => changes.correctOutgoing(live(), id, c, reason),
    // Heavy modules (DOCX export, exceljs) load on first use, so opening the registry stays fast.
    registerDocument: async (text, o) => (await import('./outgoing/register-document')).registerDocument(live(), text, o),
    getOutgoing: (id) => getOutgoing(live(), id),
    listOutgoing: (f) => listOutgoing(live(), f),
    addIncoming: (input, files) => addIncoming(live(), input, files),
    updateIncoming: (id, c, reason) => updateIncoming(live(), id, c, reason),
    getIncoming: (id) => getIncoming(live(), id),
    listIncoming: (f) => listIncoming(live(), f),
    stamp(id) {
      const e = getIncoming(live(), id);
      if (!e) throw new RegistryError('not-found', `Không có văn bản đến mã ${id}.`);
      const org = orgs.getOrganisation(ctx);
      return stampFields(e, org ? [org.superior, org.name].filter(Boolean) : []);
    },
    search: (q) => search(live(), q),
    auditVerify: () => verifyAudit(live().db),
    auditLog: (o) => listAudit(live().db, o),
    backup: (dest) => backupTo(live().db, dest),
    autoBackup: async (reason) => autoBackup(live().db, backupDir, keep, reason),
    listBackups: () => listAutoBackups(backupDir),
    async restore(src) {
      live().db.close();
      try {
        const keptAside = restoreFile(abs, src, ctx.user);
        return { keptAside };
      } finally {
        ctx.db = openDatabase(abs, { create: false });
      }
    },
    importFile: async (f, o) => (await import('./import/registers')).importFile(live(), f, o),
    printRegister: async (kind, o) => (await import('./print/register')).printRegister(live(), kind, o),
  };
}
