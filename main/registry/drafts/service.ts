/**
 * The drafts part of the registry service (`registry.drafts`): the one list of its methods, bound
 * over a live registry context. Each write is one transaction. Every method runs on SQLite and on
 * PostgreSQL (schema/postgres/drafts.ts lists them); on the office server each sees only the drafts
 * of the person of the request (./visibility.ts).
 */
import { bindAll, type Bound } from '../bind';
import type { Ctx } from '../context';
import { importLegacyDrafts } from '../import/drafts';
import { getDraft, getDraftRow, insertDraft, listDrafts } from './drafts';
import { removeDraft, setDraftFiles, setDraftStatus, shareDraft, trashDraft, untrashDraft } from './state';
import type { NewDraft } from './types';
import { listVersions, restoreVersion, saveDraftDoc } from './versions';

/** Every method of `registry.drafts`, by name. */
export const DRAFTS_METHODS = {
  /** A draft with its document, or null; `trashed` reads the recycle bin instead of the live drafts. */
  get: (ctx: Ctx, id: string, opts?: { trashed?: boolean }) => getDraft(ctx, id, opts?.trashed ?? false),
  /** A live draft without its document, or null. */
  row: getDraftRow,
  /** Live drafts (or the recycle bin), most recently saved first; `query` matches the folded title. */
  list: listDrafts,
  /** Inserts a new draft. */
  create: (ctx: Ctx, draft: NewDraft) => insertDraft(ctx, draft),
  /** Saves the document of an editable draft (refused once submitted or issued), keeping a version per `mode`. */
  save: saveDraftDoc,
  /** Saved versions, newest first. */
  versions: listVersions,
  /** Restores a version (`prepare` checks it and gives its title); the current state is kept as a version first. */
  restore: restoreVersion,
  /** Sets the workflow state (Trình ký / Rút lại); refused once issued. */
  setStatus: setDraftStatus,
  /** Records the files produced at issue. */
  setFiles: setDraftFiles,
  /** Moves a live draft to the recycle bin; false when there is none. */
  trash: trashDraft,
  /** Brings a draft back from the recycle bin; null when it is not there. */
  untrash: untrashDraft,
  /** Deletes a live draft and its versions; false when there is none. */
  remove: removeDraft,
  /** Shares a draft with the other chuyên viên, or stops sharing it (its owner or a quản trị). */
  share: shareDraft,
  /** Imports the legacy JSON drafts of `folders` once, then renames the folders. */
  importLegacy: importLegacyDrafts,
};

/** The drafts methods of the registry service (`registry.drafts`). */
export type DraftsService = Bound<typeof DRAFTS_METHODS>;

/** Builds the drafts methods over a live registry context. */
export function createDrafts(live: () => Ctx): DraftsService {
  return bindAll(DRAFTS_METHODS, live);
}
