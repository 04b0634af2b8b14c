/** Plain data of the drafts kept in the registry database (the drafts part of the service is ./service.ts). */

import type { DraftStatus as DraftState } from '../../../common/rules/draft-status';

/** Workflow state: being written, submitted for signature (Trình ký), issued (the list: common/rules/draft-status.ts). */
export type { DraftState };

/** A file produced at issue (the final DOCX, the PDF). */
export interface DraftFile { file: string; name: string; size: number }

/** A draft as listed (without its document). */
export interface DraftRow {
  id: string;
  templateId: string;
  title: string;
  status: DraftState;
  /** Number given by the registry ("01-NQ/TU") once issued. */
  registeredAs: string | null;
  /** The outgoing register row of the issued document. */
  outgoingId: number | null;
  /** Files produced at issue; null until written. */
  files: DraftFile[] | null;
  createdAt: string;
  updatedAt: string;
  /** When it went to the recycle bin; null for a live draft. */
  trashedAt: string | null;
  /** Who created it (the user name; '' for a draft written before owners were kept). */
  owner: string;
  /** Whether its owner shared it with the other chuyên viên. */
  shared: boolean;
}

/** A draft with its document (the parsed `Draft` JSON envelope). */
export interface DraftWithDoc extends DraftRow { doc: unknown }

/** One saved version of a draft. */
export interface DraftVersionRow { version: string; savedAt: string; size: number }

/** What a save writes: the list title and the document. */
export interface DraftContent { title: string; doc: unknown }

/** Whether a save also keeps a version: never, at most every 2 minutes, or always (checkpoint). */
export type VersionMode = 'none' | 'auto' | 'force';

/** A new draft (created from a template, or a copy). */
export interface NewDraft extends DraftContent { id: string; templateId: string }

/** The legacy JSON folders of a data folder (before drafts moved into the database). */
export interface LegacyDraftFolders { drafts: string; trash: string; meta: string; versions: string }

/** What an import of legacy JSON drafts did. */
export interface LegacyImportReport {
  drafts: number; trashed: number; versions: number; unreadable: string[];
  /** The folders renamed to `<name>.imported-<date>`. */
  renamed: string[];
}

/** The drafts methods of the registry service (`registry.drafts`), derived from their list in ./service.ts. */
export type { DraftsService } from './service';
