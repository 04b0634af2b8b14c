/** Geometry shared by the writers: text width and the column widths of the layout tables, in twips. */
import { BorderStyle, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import type { LayoutProfile } from '../../../common/profile';
import { mm } from './units';

/** Word's default left/right cell margin (twips); paragraphs in a cell have this much less room. */
export const CELL_MARGIN = 108;

/** Width between the page margins, in twips (A4, 30/15 mm: 9355). */
export function textWidth(p: LayoutProfile): number {
  return mm(p.page.widthMm) - mm(p.page.margins.left) - mm(p.page.margins.right);
}

/** Splits the text width into two column widths by the share of the left one. */
export function splitColumns(p: LayoutProfile, leftShare: number): [number, number] {
  const total = textWidth(p);
  const left = Math.round(total * leftShare);
  return [left, total - left];
}

/** A borderless layout table of one row, widths in DXA (LibreOffice ignores percentages). */
export function layoutTable(widths: number[], cells: (Paragraph | Table)[][], opts: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({
      cantSplit: opts.cantSplit ?? false,
      children: cells.map((children, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, children })),
    })],
  });
}

/** A solid black bottom border for a paragraph (rules under titles). */
export const SOLID_BOTTOM = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } };
