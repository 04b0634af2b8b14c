/**
 * What every handler receives besides its request: the data folder, the run mode, the folders
 * files may be read from or written to, and the native file gateway (dialogs in Electron).
 */
import path from 'node:path';
import { dataDirFor } from '../registry/paths';
import type { OpInput, OpName, OpOutput } from '../../common/api';

/** Moves files between the user and the data folder (native dialogs in Electron). */
export interface FileGateway {
  /** Lets the user save a copy of `file` (absolute, already checked) under a chosen name. */
  saveAs(file: string, name: string): Promise<{ saved: boolean }>;
  /** Lets the user pick a file; it is copied into the uploads folder, whose path is returned. */
  open(kind: 'attachment' | 'backup'): Promise<{ file: string | null; name: string }>;
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
 * Builds a context with the default allowed folders: exports, backups, uploads, and the registry's
 * stored files (so a registered DOCX or an attachment can be saved elsewhere by the user).
 */
export function createContext(dataDir: string, mode: 'electron' | 'web', extra: Partial<ServiceContext> = {}): ServiceContext {
  const abs = path.resolve(dataDir);
  const f = folders(abs);
  return { dataDir: abs, mode, versions: {}, allowedRoots: [f.exports, f.backups, f.uploads, f.registryFiles], ...extra };
}
