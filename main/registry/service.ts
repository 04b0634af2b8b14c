/**
 * The registry service contract: the methods of the object returned by `openRegistry`. Every
 * method takes plain arguments and returns plain data, so the app shell can wrap it in IPC or HTTP.
 * Errors are thrown as RegistryError ({code, message} with a Vietnamese message).
 */
import type { Organisation } from '../../common/org/organisation';
import type { DeskService } from './desk/index';
import type { DraftsService } from './drafts/types';
import type {
  AuditEvent, AuditVerdict, ImportReport, InBook, InBookKind, InEntry, InInput, InStatus, NumberingScope,
  OutBook, OutDetails, OutEntry, OutStatus, SearchHit, SearchQuery, StampFields, Term,
} from './types';

/** Options of `openRegistry`. */
export interface OpenOptions {
  /** User name written to the audit log (default: the OS user). */
  user?: string;
  /** Create the file when missing (default true). An existing file is never overwritten. */
  create?: boolean;
  /** Folder of automatic backups (default: `<data folder>/backups`). */
  backupDir?: string;
  /** Automatic backups kept (default 14). */
  keepBackups?: number;
  /** Shorthand for both settings below (false: no automatic backups, e.g. in tests). */
  autoBackup?: boolean;
  /** Take a backup once a day, on open (default true). */
  dailyBackup?: boolean;
  /** Take a backup on close (default true). */
  backupOnClose?: boolean;
}

/** Filters of the outgoing list. */
export interface OutFilter { bookId?: number; from?: string; to?: string; status?: OutStatus; typeCode?: string }

/** Filters of the incoming list. */
export interface InFilter {
  bookId?: number; kind?: InBookKind; year?: number; from?: string; to?: string;
  status?: InStatus; overdue?: boolean; today?: string;
}

/** Options of the one-action registration of a draft. */
export interface RegisterDocumentOptions {
  bookId?: number;
  /** Registration date (ISO); today when omitted. */
  date?: string;
  /** Use this reservation's number instead of taking the next one. */
  reservationId?: number;
  /** Also write the DOCX here (the stored copy in the data folder is always written). */
  outPath?: string;
  /**
   * The draft (in the drafts table) being issued: its numbered and dated document, status 'issued'
   * and number are written in the same transaction as the register row.
   */
  draftId?: string;
}

/** Options of printing a register. */
export interface PrintOptions { from: string; to: string; bookId?: number; format: 'docx' | 'xlsx' }

/** The registry service. */
export interface RegistryService {
  readonly path: string;
  readonly dataDir: string;
  /** The clerk's desk: address book, routing, deadline queues, pages, search, reports (./desk). */
  readonly desk: DeskService;
  /** The drafts being written: autosave, versions, recycle bin, Trình ký, legacy import (./drafts-service). */
  readonly drafts: DraftsService;
  close(): void;

  saveOrganisation(org: Organisation): Organisation;
  getOrganisation(symbol?: string): Organisation | null;
  listOrganisations(): Organisation[];

  createOutBook(input: { issuerCode: string; name: string; defaultScope?: NumberingScope | null; secretSeparate?: boolean }): OutBook;
  listOutBooks(): OutBook[];
  setTypeScope(bookId: number, typeCode: string, scope: NumberingScope): OutBook;
  setSecretSeparate(bookId: number, separate: boolean): OutBook;
  listTerms(bookId: number): Term[];
  openTerm(bookId: number, name: string, startDate: string): Term;
  closeTerm(bookId: number, endDate: string): Term;
  setLastUsed(bookId: number, typeCode: string, lastUsed: number, opts?: { date?: string; secret?: boolean }): void;
  listInBooks(year?: number): InBook[];

  registerNumber(bookId: number, details: OutDetails): OutEntry;
  reserveNumber(bookId: number, details: OutDetails): OutEntry;
  issueReserved(entryId: number, details?: Partial<OutDetails>): OutEntry;
  releaseReservation(entryId: number, reason: string): { returned: boolean; entry: OutEntry | null };
  cancelNumber(ref: number | string, reason: string, bookId?: number): OutEntry;
  correctOutgoing(entryId: number, changes: Partial<Omit<OutDetails, 'typeCode' | 'typeId' | 'date'>>, reason: string): OutEntry;
  registerDocument(draftText: string, opts?: RegisterDocumentOptions): Promise<OutEntry>;
  getOutgoing(id: number): OutEntry | null;
  listOutgoing(filter?: OutFilter): OutEntry[];

  addIncoming(input: InInput, attachments?: string[]): InEntry;
  updateIncoming(id: number, changes: Partial<InInput>, reason?: string): InEntry;
  getIncoming(id: number): InEntry | null;
  listIncoming(filter?: InFilter): InEntry[];
  stamp(id: number): StampFields;

  search(query: SearchQuery): SearchHit[];

  auditVerify(): AuditVerdict;
  auditLog(opts?: { entity?: string; entityId?: string; limit?: number }): AuditEvent[];

  backup(dest: string): Promise<string>;
  autoBackup(reason: 'daily' | 'close' | 'manual'): Promise<string | null>;
  listBackups(): string[];
  restore(src: string): Promise<{ keptAside: string }>;

  importFile(file: string, opts?: { bookId?: number }): Promise<ImportReport>;
  printRegister(kind: 'out' | 'in' | 'follow-up', opts: PrintOptions): Promise<Uint8Array>;
}
