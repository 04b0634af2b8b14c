/** Contract of the `search` domain: one box over both registers and the drafts. */
import { z } from 'zod';
import { LIMITS, limit } from '../fields';
import { op } from '../op';

/** One search result. */
export interface SearchHit {
  kind: 'incoming' | 'outgoing' | 'draft';
  /** Draft id, or the register row id as text. */
  id: string;
  /** Number and type, or the draft's title. */
  title: string;
  /** The matching text. */
  snippet: string;
}

/** Operations of the search domain. */
export const searchOps = {
  'search.query': op<SearchHit[]>()({
    input: z.strictObject({ text: z.string().trim().min(1).max(LIMITS.query), limit }),
    label: 'Tìm kiếm',
  }),
};
