/**
 * DOCX export of a Party document: draft in, deterministic print-ready DOCX bytes out, laid out
 * by the layout profile in force on the document's date (or the one the draft names).
 */
import { validateDraft, type Draft } from '../../../common/draft/draft';
import { partsOf } from '../../../common/model';
import { profileOfDraft } from '../../../common/draft/profile';
import { buildDocument } from './document';
import { packDeterministic } from './pack';
import { assertWellFormedPackage } from './well-formed';

/**
 * Exports a draft to DOCX bytes; throws an Error with a Vietnamese message on an invalid draft, and
 * a UserError when the package would not be well-formed XML (never returns a malformed package).
 */
export async function exportDocx(draft: Draft): Promise<Uint8Array> {
  const r = validateDraft(draft);
  if (!r.ok) throw new Error(r.message);
  const profile = profileOfDraft(draft);
  const { title } = partsOf(r.doc);
  const bytes = await packDeterministic(buildDocument(r.doc, profile), `${title.typeName} ${title.summary}`.trim());
  assertWellFormedPackage(bytes);
  return bytes;
}
