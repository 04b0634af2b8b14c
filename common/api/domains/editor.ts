/**
 * Operations the editor adds to the drafts domain (same `drafts.` prefix, so the IPC and host
 * registration need no change): autosave with version history and restore, duplicate, recycle
 * bin, "Trình ký", draft DOCX with the "DỰ THẢO" mark, and issue (number, date, DOCX/PDF, register,
 * lock) in one step. Drafts, versions and the recycle bin are rows of the registry database.
 */
import * as z from 'zod';
import { id, isoDate } from '../fields';
import { op } from '../op';
import type { DraftRecord, DraftSummary } from './drafts';
import type { ProducedFile } from './export';
import type { OutgoingRow } from './registry';
import { draftPayload } from './drafts';
import type { DraftStatus } from '../../rules/draft-status';
import { clientId, type SaveConflict } from './office-flow';

/** Workflow state of a draft: the list is common/rules/draft-status.ts. */
export type { DraftStatus };

/** One saved version of a draft. */
export interface DraftVersion {
  /** Version id (timestamp-based, sortable). */
  version: string;
  savedAt: string;
  /** Size of the saved document in characters. */
  size: number;
}

/** What the compose screen needs besides the draft itself. */
export interface DraftMeta {
  id: string;
  status: DraftStatus;
  registeredAs?: string;
  /** Files produced at issue: the final DOCX and, where LibreOffice exists, the PDF. */
  files?: ProducedFile[];
}

/** Result of issuing a draft. */
export interface IssueResult {
  row: OutgoingRow;
  docx: ProducedFile;
  pdf: ProducedFile | null;
  record: DraftRecord;
}

/** Operations of the editor (drafts domain). */
export const editorOps = {
  // With `revision` and `client` (the editor's saves), a save from a stale revision or from a window
  // without the edit lease overwrites nothing: `conflict` says why and names the copy keeping the text.
  'drafts.autosave': op<DraftSummary & { version: string | null; revision?: number; conflict?: SaveConflict }>()({
    input: z.strictObject({
      id, draft: draftPayload, checkpoint: z.boolean().default(false),
      revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(), client: clientId.optional(),
    }),
    label: 'Tự động lưu dự thảo',
  }),
  'drafts.versions': op<DraftVersion[]>()({ input: z.strictObject({ id }), label: 'Đọc lịch sử phiên bản' }),
  'drafts.restore': op<DraftRecord>()({ input: z.strictObject({ id, version: z.string().regex(/^[0-9a-z-]{1,40}$/) }), label: 'Khôi phục phiên bản' }),
  'drafts.duplicate': op<DraftSummary>()({ input: z.strictObject({ id }), label: 'Nhân bản dự thảo' }),
  'drafts.trash': op<{ trashed: boolean }>()({ input: z.strictObject({ id }), label: 'Chuyển dự thảo vào thùng rác' }),
  'drafts.trashList': op<DraftSummary[]>()({ input: z.strictObject({}), label: 'Đọc thùng rác' }),
  'drafts.untrash': op<DraftSummary>()({ input: z.strictObject({ id }), label: 'Khôi phục dự thảo từ thùng rác' }),
  'drafts.meta': op<DraftMeta>()({ input: z.strictObject({ id }), label: 'Đọc trạng thái dự thảo' }),
  'drafts.submit': op<DraftMeta>()({ input: z.strictObject({ id, submitted: z.boolean().default(true) }), label: 'Trình ký' }),
  'drafts.exportDraft': op<ProducedFile>()({ input: z.strictObject({ id }), label: 'Xuất DOCX dự thảo' }),
  'drafts.issue': op<IssueResult>()({
    input: z.strictObject({ id, date: isoDate.optional(), reservationId: z.number().int().positive().optional(), pdf: z.boolean().default(true) }),
    label: 'Cấp số và đăng ký',
  }),
};
