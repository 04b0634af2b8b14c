/**
 * The registry service contract: the methods of the object returned by `openRegistry`, derived from
 * the declared lists (./methods.ts, ./session.ts, ./desk/index.ts, ./drafts/service.ts). Every
 * method takes plain arguments and returns plain data, so the app shell can wrap it in IPC or HTTP.
 * Errors are thrown as RegistryError ({code, message} with a Vietnamese message).
 */
import type { Bound } from './bind';
import type { DeskService } from './desk/index';
import type { DraftsService } from './drafts/types';
import type { REGISTRY_METHODS } from './methods';
import type { SessionMethods } from './session';
import type { InBookKind, InStatus } from './types';

export type { OutListFilter as OutFilter } from './outgoing/rows';
export type { IntegrityReport } from './integrity';

/** Options of `openRegistry`. */
export interface OpenOptions {
  /** User name written to the audit log (default: the OS user). */
  user?: string;
  /** PostgreSQL only: this process's data folder for the registry, holding its audit key (default: see postgresDataDir). */
  dataDir?: string;
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
  /** 'off': no full integrity check in the background (benches, short-lived tools); default on. */
  integrityCheck?: 'background' | 'off';
  /** Milliseconds after opening before the background check starts (default INTEGRITY_DELAY_MS). */
  integrityDelayMs?: number;
  /** Milliseconds between two looks at whether a new day's backup is due while the registry stays open (default DAILY_BACKUP_LOOK_MS). */
  dailyBackupEveryMs?: number;
  /**
   * On PostgreSQL: take the day's pg_dump while the registry stays open (the office server): at once
   * when today has none, then at each look (dailyBackupEveryMs). Default false: a short command does
   * not start a dump it would not wait for (cron runs `vanthu registry backup` for those).
   */
  dailyDump?: boolean;
}

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
export interface PrintRequest { from: string; to: string; bookId?: number; format: 'docx' | 'xlsx' }

/** The registry service. */
export type RegistryService = Bound<typeof REGISTRY_METHODS> & SessionMethods & {
  readonly path: string;
  readonly dataDir: string;
  /** The clerk's desk: address book, routing, deadline queues, pages, search, reports (./desk). */
  readonly desk: DeskService;
  /** The drafts being written: autosave, versions, recycle bin, Trình ký, legacy import (./drafts/service). */
  readonly drafts: DraftsService;
};
