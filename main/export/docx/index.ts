/**
 * DOCX export of a Party document: draft in, deterministic print-ready DOCX bytes out, laid out
 * by the layout profile in force on the document's date (or the one the draft names).
 */
import { validateDraft, type Draft, type DraftResult } from '../../../common/draft/draft';
import { partsOf } from '../../../common/model';
import { profileOfDraft } from '../../../common/draft/profile';
import { buildDocument } from './document';
import { packDeterministic } from './pack';
import { isMarkedWellFormed } from './well-formed';

/** A draft as validateDraft accepted it: the envelope and its checked document, from one validation. */
export type ValidDraft = Extract<DraftResult, { ok: true }>;

/**
 * Exports a draft to DOCX bytes; throws an Error with a Vietnamese message on an invalid draft, and
 * a UserError when the package would not be well-formed XML (never returns a malformed package).
 */
export async function exportDocx(draft: Draft): Promise<Uint8Array> {
  const r = validateDraft(draft);
  if (!r.ok) throw new Error(r.message);
  return exportValidDraft({ ...r, draft });
}

/**
 * Exports a draft validateDraft (or parseDraft) has just accepted, without validating it again (a
 * 10-page draft's validation costs as much as zipping it): the caller passes the result unchanged.
 * Same bytes and the same well-formedness check as exportDocx.
 */
export async function exportValidDraft(valid: ValidDraft): Promise<Uint8Array> {
  const profile = profileOfDraft(valid.draft);
  const { title } = partsOf(valid.doc);
  const bytes = await packDeterministic(buildDocument(valid.doc, profile), `${title.typeName} ${title.summary}`.trim());
  // packDeterministic checked every part before zipping (and marked the bytes); any other package is
  // unzipped and checked here, with the unzip code loaded only then.
  if (!isMarkedWellFormed(bytes)) (await import('./well-formed-package')).assertWellFormedPackage(bytes);
  return bytes;
}
