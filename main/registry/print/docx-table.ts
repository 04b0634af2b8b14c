/**
 * The register table of the DOCX: every column with its width in DXA (table grid and each cell, as
 * LibreOffice ignores percentages), two header rows (titles, then column numbers) repeated on every
 * page, and data rows that are never split across pages.
 */
import {
  AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlignTable as VerticalAlign, WidthType,
} from 'docx';
import type { PrintRow, RegisterColumn } from './columns';
import { cellText, scaleWidths } from './format';

/** Font size of the table text, in half-points (11 pt). */
export const CELL_FONT_SIZE = 22;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE,
};
const MARGINS = { top: 40, bottom: 40, left: 57, right: 57 };

/** A cell paragraph per text line (a cell keeps its line breaks, e.g. one recipient per line). */
function paragraphs(text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false) {
  const lines = text === '' ? [''] : text.split('\n');
  return lines.map((line) => new Paragraph({
    alignment: align,
    children: line === '' ? [] : [new TextRun({ text: line, bold, size: CELL_FONT_SIZE })],
  }));
}

function cell(width: number, children: Paragraph[], vAlign: (typeof VerticalAlign)[keyof typeof VerticalAlign]) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: vAlign,
    margins: MARGINS,
    children,
  });
}

function alignOf(col: RegisterColumn) {
  return col.kind === 'text' ? AlignmentType.LEFT : AlignmentType.CENTER;
}

/** The header rows: column titles (bold), then the column numbers (1), (2)… as in printed books. */
function headerRows(cols: readonly RegisterColumn[], widths: number[]): TableRow[] {
  const titles = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cols.map((c, i) =>
      cell(widths[i], paragraphs(c.header, AlignmentType.CENTER, true), VerticalAlign.CENTER)),
  });
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cols.map((_, i) =>
      cell(widths[i], paragraphs(`(${i + 1})`, AlignmentType.CENTER), VerticalAlign.CENTER)),
  });
  return [titles, numbers];
}

/** One data row; rows have a minimum height so an empty book still has room to write by hand. */
function dataRow(row: PrintRow, cols: readonly RegisterColumn[], widths: number[]): TableRow {
  return new TableRow({
    cantSplit: true,
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: cols.map((c, i) => cell(widths[i], paragraphs(cellText(row, c), alignOf(c)), VerticalAlign.TOP)),
  });
}

/** Number of header rows the table starts with (titles and column numbers). */
export const HEADER_ROW_COUNT = 2;

/** The full register table, `totalWidth` twips wide. */
export function registerTable(cols: readonly RegisterColumn[], rows: readonly PrintRow[], totalWidth: number): Table {
  const widths = scaleWidths(cols, totalWidth);
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [...headerRows(cols, widths), ...rows.map((r) => dataRow(r, cols, widths))],
  });
}
