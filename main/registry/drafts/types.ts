/** Plain data of the drafts kept in the registry database, and the drafts part of the service. */

/** Workflow state: being written, submitted for signature (Trình ký), issued (numbered and locked). */
export type DraftState = 'draft' | 'submitted' | 'issued';

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

/** The drafts methods of the registry service (`registry.drafts`). Each write is one transaction. */
export interface DraftsService {
  /** A draft with its document, or null; `trashed` reads the recycle bin instead of the live drafts. */
  get(id: string, opts?: { trashed?: boolean }): DraftWithDoc | null;
  /** A live draft without its document, or null. */
  row(id: string): DraftRow | null;
  /** Live drafts (or the recycle bin), most recently saved first; `query` matches the folded title. */
  list(opts?: { query?: string; limit?: number; trashed?: boolean }): DraftRow[];
  /** Inserts a new draft. */
  create(draft: NewDraft): DraftRow;
  /** Saves the document of an editable draft (refused once submitted or issued), keeping a version per `mode`. */
  save(id: string, content: DraftContent, mode: VersionMode): { row: DraftRow; version: string | null };
  /** Saved versions, newest first. */
  versions(id: string): DraftVersionRow[];
  /** Restores a version (`prepare` checks it and gives its title); the current state is kept as a version first. */
  restore(id: string, version: string, prepare: (doc: unknown) => DraftContent): DraftWithDoc;
  /** Sets the workflow state (Trình ký / Rút lại); refused once issued. */
  setStatus(id: string, status: 'draft' | 'submitted'): DraftRow;
  /** Records the files produced at issue. */
  setFiles(id: string, files: DraftFile[]): DraftRow;
  /** Moves a live draft to the recycle bin; false when there is none. */
  trash(id: string): boolean;
  /** Brings a draft back from the recycle bin; null when it is not there. */
  untrash(id: string): DraftRow | null;
  /** Deletes a live draft and its versions; false when there is none. */
  remove(id: string): boolean;
  /** Imports the legacy JSON drafts of `folders` once, then renames the folders. */
  importLegacy(folders: LegacyDraftFolders): LegacyImportReport;
}
