/**
 * The title block as DOCX: the plan's lines (common/layout/title.ts) — type name, author line,
 * summary and separator as paragraphs of their styles, and the "Kính gửi:" lines with the
 * addressees aligned after the label (a tab stop, hanging indent).
 */
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { PrintedLine } from '../../../common/layout';
import type { LayoutProfile } from '../../../common/profile';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { lineParagraph } from './layout';
import { styleId } from './styles';
import { mm, pt } from './units';

/** The "Kính gửi:" lines: the label on the first, every addressee starting at the same tab stop. */
function salutation(lines: PrintedLine[], p: LayoutProfile): Paragraph[] {
  const n = lines.length;
  const left = mm(p.salutationIndent.leftMm);
  const hang = mm(p.salutationIndent.hangingMm);
  return lines.map((l, i) => {
    const text = stripNonXmlChars(l.text);
    return new Paragraph({
      style: styleId(l.component),
      indent: { left, hanging: i === 0 ? hang : 0 },
      tabStops: [{ type: TabStopType.LEFT, position: left }],
      spacing: { before: i === 0 ? undefined : 0, after: i === n - 1 ? pt(6) : 0 },
      children: l.label ? [new TextRun(l.label), new TextRun({ children: [new Tab(), text] })] : [new TextRun(text)],
    });
  });
}

/** Writes the title block from its printed lines. */
export function writeTitle(lines: readonly PrintedLine[], p: LayoutProfile): Paragraph[] {
  const addressees = lines.filter((l) => l.role === 'salutation');
  return [...lines.filter((l) => l.role !== 'salutation').map((l) => lineParagraph(l)), ...salutation(addressees, p)];
}
