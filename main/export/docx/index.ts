/**
 * DOCX export of a Party document: draft in, deterministic print-ready DOCX bytes out, laid out
 * by the layout profile in force on the document's date (or the one the draft names).
 */
import type { Node } from 'prosemirror-model';
import { validateDraft, type Draft } from '../../../common/draft/draft';
import { partsOf } from '../../../common/model';
import { resolveProfile, type LayoutProfile, type ProfileOverride } from '../../../common/profile';
import { buildDocument } from './document';
import { packDeterministic } from './pack';

/** The profile of a draft: by its date (today's date for an undated draft), its choice and overrides. */
export function profileOfDraft(draft: Draft, doc: Node, today = new Date().toISOString().slice(0, 10)): LayoutProfile {
  const { header } = partsOf(doc);
  return resolveProfile({ date: header.date ?? today, profileId: draft.layout.profile, override: draft.layout.override as ProfileOverride });
}

/** Exports a draft to DOCX bytes; throws an Error with a Vietnamese message on an invalid draft. */
export async function exportDocx(draft: Draft): Promise<Uint8Array> {
  const r = validateDraft(draft);
  if (!r.ok) throw new Error(r.message);
  const profile = profileOfDraft(draft, r.doc);
  const { title } = partsOf(r.doc);
  return packDeterministic(buildDocument(r.doc, profile), `${title.typeName} ${title.summary}`.trim());
}
