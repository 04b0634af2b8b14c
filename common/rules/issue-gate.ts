/**
 * The gate of Trình ký and Cấp số: the errors of the format check that block a draft from being
 * submitted or numbered — template leftovers (blanks, sample prose), fields over their limits and
 * every other error the check panel shows. The server runs it on every submit and registration
 * (the UI, the API and `vanthu registry out register` alike), so a blank never gets a number.
 */
import type { Node } from 'prosemirror-model';
import { validateDraft, type Draft } from '../draft/draft';
import { withHeader } from '../draft/operations';
import { profileOfDraft } from '../draft/profile';
import { checkDocument, type CheckContext } from './check';

/** What the gate knows of the organisation besides the draft (the server may not have it). */
export type GateContext = Partial<Pick<CheckContext, 'issuerKind' | 'place' | 'extraAuthorities'>>;

/** The errors of the check on a loaded document; `typeId` is the draft's template id. */
export function documentBlockers(doc: Node, draft: Draft, org: GateContext = {}): string[] {
  const ctx: CheckContext = { profile: profileOfDraft(draft), typeId: draft.templateId, ...org };
  return checkDocument(doc, ctx).filter((f) => f.severity === 'error').map((f) => f.message);
}

/**
 * The Vietnamese messages of every error that blocks Trình ký and Cấp số for `draft` (empty when
 * it may go on). A draft the save validation refuses gives that refusal as its one blocker.
 */
export function issueBlockers(draft: Draft | unknown, org: GateContext = {}): string[] {
  const v = validateDraft(draft);
  if (!v.ok) return [v.message];
  // The number is the clerk's, given with the date at Cấp số: a number written ahead is not an error here.
  const unnumbered = withHeader(v.draft, (a) => ({ ...a, serial: null }));
  const u = validateDraft(unnumbered);
  return u.ok ? documentBlockers(u.doc, u.draft, org) : [u.message];
}

/** One message for an error: the first blockers, and how many more there are. */
export function describeBlockers(action: 'Trình ký' | 'Cấp số', blockers: string[], shown = 5): string {
  const more = blockers.length > shown ? ` (và ${blockers.length - shown} lỗi khác)` : '';
  return `Chưa thể ${action}: văn bản còn ${blockers.length} lỗi thể thức. ${blockers.slice(0, shown).join(' ')}${more}`;
}
