/**
 * What the writers of the locked parts share: the text width and the column widths of the layout
 * tables (twips), and the layout plan's printed lines (common/layout) as paragraphs — one paragraph
 * of the line's component style, nothing added: which lines, their order and their text are the plan's.
 */
import { BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { PrintedLine } from '../../../common/layout';
import type { LayoutProfile } from '../../../common/profile';
import { manualLines } from '../../../common/text/manual-breaks';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { styleId } from './styles';
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

type ParagraphOptions = Partial<ConstructorParameters<typeof Paragraph>[0] & object>;

/**
 * A printed line as a paragraph of its component's style: one run per manual line, each after the
 * first starting with a line break, so Word and LibreOffice break exactly there.
 */
export function lineParagraph(line: PrintedLine, extra: ParagraphOptions = {}): Paragraph {
  const text = stripNonXmlChars(line.text.normalize('NFC'));
  const runs = line.breaks
    ? manualLines(text).map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 }))
    : text ? [new TextRun(text)] : [];
  return new Paragraph({ style: styleId(line.component), children: runs, ...extra });
}
