/**
 * The gate of Trình ký and Cấp số: the errors of the format check that block a draft from being
 * submitted or numbered — template leftovers (blanks, sample prose), fields over their limits and
 * every other error the check panel shows. The server runs it on every submit and registration
 * (the UI, the API and `vanthu registry out register` alike), so a blank never gets a number.
 */
import type { Node } from 'prosemirror-model';
import { validateDraft, type Draft } from '../draft/draft';
import { profileOfDraft } from '../draft/profile';
import { checkDocument, type CheckContext } from './check';

/** What the gate knows of the organisation besides the draft (the server may not have it). */
export type GateContext = Partial<Pick<CheckContext, 'issuerKind' | 'place' | 'extraAuthorities'>>;

/**
 * Findings about what Cấp số itself writes (the number is the clerk's, given with the date): a
 * number written ahead without a date is not an error of the draft.
 */
const ISSUE_GIVES = new Set(['date-missing']);

/** The errors of the check on a loaded document (except the codes in `skip`); `typeId` is the draft's template id. */
export function documentBlockers(doc: Node, draft: Draft, org: GateContext = {}, skip: ReadonlySet<string> = new Set()): string[] {
  const ctx: CheckContext = { profile: profileOfDraft(draft), typeId: draft.templateId, ...org };
  return checkDocument(doc, ctx).filter((f) => f.severity === 'error' && !skip.has(f.code)).map((f) => f.message);
}

/**
 * The Vietnamese messages of every error that blocks Trình ký and Cấp số for `draft` (empty when
 * it may go on). A draft the save validation refuses gives that refusal as its one blocker.
 */
export function issueBlockers(draft: Draft | unknown, org: GateContext = {}): string[] {
  const v = validateDraft(draft);
  if (!v.ok) return [v.message];
  return documentBlockers(v.doc, v.draft, org, ISSUE_GIVES);
}

/** One message for an error: the first blockers, and how many more there are. */
export function describeBlockers(action: 'Trình ký' | 'Trình duyệt' | 'Cấp số', blockers: string[], shown = 5): string {
  const more = blockers.length > shown ? ` (và ${blockers.length - shown} lỗi khác)` : '';
  return `Chưa thể ${action}: văn bản còn ${blockers.length} lỗi thể thức. ${blockers.slice(0, shown).join(' ')}${more}`;
}
