/**
 * `vanthu check` and "Kiểm tra thể thức tệp Word": the format check of any Word file. The file is
 * read (main/docx-in/read) and recognised (main/docx-in/recognise) into a draft; then the live
 * check's one rule set runs on that draft with the profile of the document's date, and the
 * properties only a file can get wrong are checked against the same profile: page size, margins
 * and page numbers (page.ts), fonts, sizes and styles of each part, indent and spacing of body
 * paragraphs (formatting.ts), and what the recogniser put right silently (structure.ts).
 */
import type { WordFinding, WordPart } from '../../../common/api/domains/word';
import { profileOfDraft } from '../../../common/draft/profile';
import type { LayoutProfile } from '../../../common/profile';
import type { WordBlock, WordDocument, WordParagraph } from '../read/types';
import type { RecognisedDocument } from '../recognise/types';
import { checkDraftRules, type OrgContext } from './draft-rules';
import { checkFormatting } from './formatting';
import { checkPage } from './page';
import { checkStructure } from './structure';

export type { OrgContext } from './draft-rules';

/** The order parts are reported in (reading order of the page). */
const PART_ORDER: WordPart[] = ['page', 'header', 'title', 'body', 'signature', 'recipients', 'appendix'];

/** Every paragraph of the main document in reading order (body, table cells, text boxes). */
export function mainParagraphs(blocks: WordBlock[]): WordParagraph[] {
  return blocks.flatMap((b) => b.kind === 'paragraph' ? [b] : b.kind === 'textbox' ? b.paragraphs : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)));
}

/** The findings of a file check and the profile they were measured against. */
export interface FileCheck {
  profile: LayoutProfile;
  findings: WordFinding[];
}

/**
 * Checks a read and recognised Word file. Findings come in page order (page, header, title, body,
 * signature, Nơi nhận, appendix); a finding of the live check with the code and part of one read
 * from the file's text is dropped (the file's own date line error is not told twice).
 */
export function checkWordFile(word: WordDocument, rec: RecognisedDocument, org: OrgContext = {}): FileCheck {
  const profile = profileOfDraft(rec.draft);
  const paragraphs = mainParagraphs(word.body);
  const bySeq = new Map(paragraphs.map((p) => [p.seq, p]));
  const structure = checkStructure(rec.placements, paragraphs, profile);
  const told = new Set(structure.map((f) => `${f.part}|${f.code}`));
  const findings = [
    ...checkPage(word.sections, profile, word.defaults.evenAndOddHeaders),
    ...structure,
    ...checkFormatting(rec.placements, bySeq, profile),
    ...checkDraftRules(rec, org).filter((f) => !told.has(`${f.part}|${f.code}`)),
  ];
  findings.sort((a, b) => PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part));
  return { profile, findings };
}
