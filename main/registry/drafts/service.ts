/** The drafts part of the registry service (`registry.drafts`), over a live registry context. */
import type { Ctx } from '../context';
import { importLegacyDrafts } from '../import/drafts';
import { removeDraft, setDraftFiles, setDraftStatus, trashDraft, untrashDraft } from './state';
import { listVersions, restoreVersion, saveDraftDoc } from './versions';
import { getDraft, getDraftRow, listDrafts, insertDraft } from './drafts';
import type { DraftsService } from './types';

/** Builds the drafts methods over a live registry context. */
export function createDrafts(live: () => Ctx): DraftsService {
  return {
    get: (id, o) => getDraft(live(), id, o?.trashed ?? false),
    row: (id) => getDraftRow(live(), id),
    list: (o) => listDrafts(live(), o),
    create: (d) => insertDraft(live(), d),
    save: (id, content, mode) => saveDraftDoc(live(), id, content, mode),
    versions: (id) => listVersions(live(), id),
    restore: (id, version, prepare) => restoreVersion(live(), id, version, prepare),
    setStatus: (id, status) => setDraftStatus(live(), id, status),
    setFiles: (id, files) => setDraftFiles(live(), id, files),
    trash: (id) => trashDraft(live(), id),
    untrash: (id) => untrashDraft(live(), id),
    remove: (id) => removeDraft(live(), id),
    importLegacy: (folders) => importLegacyDrafts(live(), folders),
  };
}
