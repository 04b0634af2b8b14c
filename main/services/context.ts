/**
 * What every handler receives besides its request: the data folder, the run mode, the folders
 * files may be read from or written to, and the native file gateway (dialogs in Electron).
 */
import path from 'node:path';
import { ensurePrivateDir, privatiseTree, usePrivateUmask } from '../fs';
import { dataDirFor } from '../registry/paths';
import type { OpInput, OpName, OpOutput } from '../../common/api';
import type { AccountService } from '../accounts/accounts';
import type { Actor } from '../accounts/actor';

/** Moves files between the user and the data folder (native dialogs in Electron). */
export interface FileGateway {
  /** Lets the user save a copy of `file` (absolute, already checked) under a chosen name. */
  saveAs(file: string, name: string): Promise<{ saved: boolean }>;
  /** Lets the user pick a file; it is copied into the uploads folder, whose path is returned. */
  open(kind: 'attachment' | 'backup' | 'register'): Promise<{ file: string | null; name: string }>;
}

/** The context of a handler call. */
export interface ServiceContext {
  /** Absolute data folder: settings, drafts, database, exports, backups, uploads. */
  dataDir: string;
  mode: 'electron' | 'web';
  /** Versions to show in the about box (electron, chrome … when known). */
  versions: Record<string, string>;
  /** Folders paths from the window may point into (absolute). */
  allowedRoots: string[];
  /** Native file dialogs; absent in the local host, whose client downloads and uploads instead. */
  files?: FileGateway;
  /** On the office server: the signed-in person of this request and the account service; absent for the single seat. */
  office?: { actor: Actor; accounts: AccountService };
}

/** A handler of operation N. */
export type Handler<N extends OpName> = (input: OpInput<N>, ctx: ServiceContext) => Promise<OpOutput<N>>;

/** Handlers for some operations. */
export type Handlers = { [N in OpName]?: Handler<N> };

/** Sub-folders of the data folder. */
export function folders(dataDir: string) {
  return {
    drafts: path.join(dataDir, 'drafts'),
    exports: path.join(dataDir, 'exports'),
    backups: path.join(dataDir, 'backups'),
    uploads: path.join(dataDir, 'uploads'),
    database: path.join(dataDir, 'vanthu.db'),
    settings: path.join(dataDir, 'settings.json'),
    /** The registry's own folder: stored DOCX of registered documents, attachments. */
    registryFiles: dataDirFor(path.join(dataDir, 'vanthu.db')),
  };
}

/**
 * Makes the data folder private before anything is stored in it: files created from now on are
 * 0600 (umask 077), the folder is created 0700, and what an older version left readable by others
 * (0755 folders, 0644 database, backups, exports) is made 0700/0600. Never throws: a folder that
 * cannot be created or changed is reported when an operation needs it.
 */
export function privatiseDataDir(dataDir: string): void {
  usePrivateUmask();
  try {
    ensurePrivateDir(dataDir);
    const failed = privatiseTree(dataDir);
    if (failed.length) console.warn(`[vanthu] Không đặt được quyền riêng tư cho ${failed.length} tệp trong thư mục dữ liệu (tệp của tài khoản khác?).`);
  } catch (e) {
    console.warn(`[vanthu] Không chuẩn bị được thư mục dữ liệu: ${(e as Error).message}`);
  }
}

/**
 * Builds a context with the default allowed folders: exports, backups, uploads, and the registry's
 * stored files (so a registered DOCX or an attachment can be saved elsewhere by the user). The data
 * folder is made private first (privatiseDataDir).
 */
export function createContext(dataDir: string, mode: 'electron' | 'web', extra: Partial<ServiceContext> = {}): ServiceContext {
  const abs = path.resolve(dataDir);
  privatiseDataDir(abs);
  const f = folders(abs);
  return { dataDir: abs, mode, versions: {}, allowedRoots: [f.exports, f.backups, f.uploads, f.registryFiles], ...extra };
}
