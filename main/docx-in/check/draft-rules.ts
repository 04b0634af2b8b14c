/**
 * The live format check (common/rules/check.ts, the one rule set the editor's panel shows) run on
 * the draft the recogniser made of a Word file, with the profile of the document's date; each
 * finding gets the paragraph of the Word file it came from where the recogniser says so.
 */
import type { WordFinding, WordPart } from '../../../common/api/domains/word';
import { validateDraft } from '../../../common/draft/draft';
import { profileOfDraft } from '../../../common/draft/profile';
import { findPart } from '../../../common/model/parts';
import { checkDocument, type CheckContext } from '../../../common/rules/check';
import type { Placement, RecognisedDocument } from '../recognise/types';

/** What the live check may know of the organisation (none for a file checked on its own). */
export type OrgContext = Partial<Pick<CheckContext, 'issuerKind' | 'place' | 'extraAuthorities'>>;

/** The live check's code for each field it finds empty (common/rules/check.ts). */
const MISSING_CODES: Record<string, string> = {
  'header.issuer': 'issuer-missing', 'header.place': 'place-missing', 'title.summary': 'summary-missing',
  'title.typeName': 'type-name-missing', 'signature.name': 'signer-missing', 'recipients.archive': 'archive-missing',
};

/** The body block a document position falls in (0-based), or undefined outside the body. */
function bodyIndex(body: { forEach(f: (n: { nodeSize: number }, offset: number, i: number) => void): void }, bodyPos: number, pos: number): number | undefined {
  let found: number | undefined;
  body.forEach((n, offset, i) => { const at = bodyPos + 1 + offset; if (pos >= at && pos < at + n.nodeSize) found = i; });
  return found;
}

/** The Word paragraph a finding of `part` (at body block `index`) came from. */
function sourceOf(placements: Placement[], part: WordPart, index: number | undefined): number | undefined {
  if (part === 'body' && index !== undefined) return placements.find((p) => p.part === 'body' && p.index === index)?.seq;
  return placements.find((p) => p.part === part)?.seq;
}

/** Runs the live check on the recognised draft; an invalid draft gives one error naming why. */
export function checkDraftRules(rec: RecognisedDocument, org: OrgContext = {}): WordFinding[] {
  const v = validateDraft(rec.draft);
  if (!v.ok) return [{ code: 'draft-invalid', severity: 'error', part: 'body', message: v.message, wants: '' }];
  const ctx: CheckContext = { profile: profileOfDraft(v.draft), typeId: v.draft.templateId, ...org };
  let bodyPos = 0;
  v.doc.forEach((n, offset) => { if (n.type.name === 'body') bodyPos = offset; });
  const body = findPart(v.doc, 'body');
  // A field the file lacks is filled with a template blank by the recogniser, which says so in its report:
  // told as the field missing (the live check's code for it), in the report's words, not as a leftover.
  const filled = new Map(rec.report.filter((r) => r.kind === 'attention' && r.place.field).map((r) => [`${r.place.part}.${r.place.field}`, r.message]));
  return checkDocument(v.doc, ctx).map((f) => {
    const key = `${f.part}.${f.field}`;
    const missing = f.code.startsWith('placeholder') ? filled.get(key) : undefined;
    return {
      code: missing ? MISSING_CODES[key] ?? 'field-missing' : f.code,
      severity: f.severity,
      part: f.part,
      message: missing ?? f.message,
      wants: '',
      source: sourceOf(rec.placements, f.part, f.part === 'body' ? bodyIndex(body, bodyPos, f.pos) : undefined),
    };
  });
}
