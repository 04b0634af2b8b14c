/**
 * The header of page 1 as DOCX: the plan's lines (common/layout/header.ts) — those without a
 * column above a borderless two-column table, the left and right columns' lines in its cells. The
 * rule under the party title is an empty paragraph with a bottom border as long as the title.
 */
import { Paragraph, type Table } from 'docx';
import type { PrintedLine } from '../../../common/layout';
import type { LayoutProfile } from '../../../common/profile';
import { CELL_MARGIN, layoutTable, lineParagraph, SOLID_BOTTOM, splitColumns } from './layout';
import { pt } from './units';

/** The rule under the party title: an empty paragraph with a bottom border, indented to the rule's length. */
function rule(line: PrintedLine, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - 2 * CELL_MARGIN - pt(line.widthPt ?? 0)) / 2));
  return new Paragraph({ border: SOLID_BOTTOM, indent: { left: side, right: side }, spacing: { line: 40, lineRule: 'exact' }, children: [] });
}

/** Writes the header from its printed lines. */
export function writeHeader(lines: readonly PrintedLine[], p: LayoutProfile): (Paragraph | Table)[] {
  const [leftW, rightW] = splitColumns(p, p.headerLeftShare);
  const para = (l: PrintedLine) => (l.role === 'rule' ? rule(l, rightW) : lineParagraph(l));
  const above = lines.filter((l) => !l.column).map(para);
  const left = lines.filter((l) => l.column === 'left').map(para);
  const right = lines.filter((l) => l.column === 'right').map(para);
  return [...above, layoutTable([leftW, rightW], [left, right])];
}
