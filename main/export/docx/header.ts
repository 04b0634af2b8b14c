/**
 * The header of page 1 (ô 1–4, 10, 11): a borderless two-column table — left: superior line,
 * issuing body, star, number (and a công văn's summary, secrecy and urgency marks); right: "ĐẢNG
 * CỘNG SẢN VIỆT NAM", a rule as long as it, the place and date. Circulation and draft marks above.
 */
import { Paragraph, type Table } from 'docx';
import type { HeaderAttrs, TitleAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { formatDateLine, fromIsoDate } from '../../../common/rules/date-line';
import { formatNumberLine } from '../../../common/rules/number';
import { upperVi } from '../../../common/text/normalize';
import { CELL_MARGIN, layoutTable, SOLID_BOTTOM, splitColumns } from './layout';
import { textWidthPt } from './metrics';
import { styled } from './styles';
import { brokenParagraph } from './title';
import { pt } from './units';

/** The rule under the party title: an empty paragraph with a bottom border, indented to the title's width. */
function titleRule(p: LayoutProfile, cellWidth: number): Paragraph {
  const s = p.styles.partyTitle;
  const title = pt(textWidthPt(p.wording.partyTitle, s.sizePt, s.bold));
  const side = Math.max(0, Math.round((cellWidth - 2 * CELL_MARGIN - title) / 2));
  return new Paragraph({ border: SOLID_BOTTOM, indent: { left: side, right: side }, spacing: { line: 40, lineRule: 'exact' }, children: [] });
}

/** Writes the header; `title` is needed for a công văn, whose summary sits in the left block. */
export function writeHeader(h: HeaderAttrs, title: TitleAttrs, p: LayoutProfile): (Paragraph | Table)[] {
  const [leftW, rightW] = splitColumns(p, p.headerLeftShare);
  const left: Paragraph[] = [];
  if (h.superior.trim()) left.push(styled('superior', upperVi(h.superior)));
  left.push(styled('issuer', upperVi(h.issuer)), styled('star', p.wording.star));
  left.push(styled('number', formatNumberLine(p.wording.numberPrefix, h.typeCode, h.issuerCode, h.serial)));
  if (title.layout === 'letter') {
    left.push(brokenParagraph('summaryLeft', `${p.wording.summaryLeftPrefix ? `${p.wording.summaryLeftPrefix} ` : ''}${title.summary}`));
  }
  for (const mark of [h.secrecy, h.urgency]) if (mark) left.push(styled('mark', mark));
  const right = [
    styled('partyTitle', p.wording.partyTitle),
    ...(p.partyTitleRule ? [titleRule(p, rightW)] : []),
    styled('dateLine', formatDateLine(h.place, h.date ? fromIsoDate(h.date) : null)),
  ];
  const above: Paragraph[] = [];
  if (h.draftMark.trim()) above.push(styled('draftMark', h.draftMark));
  if (h.circulation.trim()) above.push(styled('circulation', h.circulation));
  return [...above, layoutTable([leftW, rightW], [left, right])];
}
