/** Contract of the `drafts` domain: creating, listing and reading drafts (saving, the recycle bin, issue: ./editor.ts). */
import * as z from 'zod';
import { LIMITS, id, limit } from '../fields';
import { op } from '../op';

/** A draft as listed. */
export interface DraftSummary {
  id: string;
  templateId: string;
  /** Type name and summary, for the list. */
  title: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
  /** Number given by the registry ("01-NQ/TU") once registered. */
  registeredAs?: string;
  /** Who created it (user name; '' for a draft written before owners were kept). */
  owner?: string;
  /** Whether its owner shared it with the other chuyên viên (drafts.share). */
  shared?: boolean;
}

/** A draft with its document (the `Draft` JSON envelope of common/draft). */
export interface DraftRecord extends DraftSummary {
  draft: unknown;
}

/** The draft JSON envelope, bounded in size; its content is checked by the draft parser. */
export const draftPayload = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= LIMITS.draftJson, 'dự thảo quá lớn');

/** Operations of the drafts domain. */
export const draftsOps = {
  'drafts.create': op<DraftRecord>()({ input: z.strictObject({ templateId: id }), label: 'Tạo dự thảo' }),
  'drafts.list': op<DraftSummary[]>()({
    input: z.strictObject({ query: z.string().max(LIMITS.query).default(''), limit }),
    label: 'Đọc danh sách dự thảo',
  }),
  'drafts.get': op<DraftRecord>()({ input: z.strictObject({ id }), label: 'Mở dự thảo' }),
};
