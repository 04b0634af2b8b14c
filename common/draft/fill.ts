/**
 * Filling a draft's template placeholders in one step (tests, scripts, `vanthu new --fill`): each
 * blank or sample sentence (common/model/placeholder.ts) is replaced by what `fill` gives, without
 * the placeholder mark. The envelope is kept.
 */
import { fillPlaceholders, type PlaceholderRange } from '../model/placeholder';
import { schema } from '../model/schema';
import type { Draft } from './draft';

/** A copy of `draft` with its placeholders replaced (`fill` returning null leaves one as is). */
export function fillDraftPlaceholders(draft: Draft, fill: (p: PlaceholderRange) => string | null): Draft {
  const doc = fillPlaceholders(schema.nodeFromJSON(draft.doc), fill);
  return { ...draft, doc: doc.toJSON() };
}

/** Keeps the template's sample prose as written and writes `blank` into each blank. */
export function acceptSamples(draft: Draft, blank = '15'): Draft {
  return fillDraftPlaceholders(draft, (p) => (p.kind === 'blank' ? blank : p.text));
}
