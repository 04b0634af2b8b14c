/**
 * The register table as WordprocessingML text. Written directly rather than through the `docx`
 * object model: a 5,000-row book has ~50,000 cells, and docx's formatter needs ~6 s for them where
 * string building needs well under a second. The rest of the document (styles, page, footer) is
 * still built by `docx` (see docx.ts), which splices this table in.
 *
 * Layout: widths in DXA on the table, the grid and every cell (LibreOffice ignores percentages);
 * fixed layout; two header rows (titles, then column numbers) marked `tblHeader` so they repeat on
 * every page; every row `cantSplit`. Text size comes from the document defaults (11 pt).
 */
import type { PrintRow, RegisterColumn } from './columns';
import { cellText, scaleWidths } from './format';

/** Number of header rows the table starts with (titles and column numbers). */
export const HEADER_ROW_COUNT = 2;

/** Cell margins in twips (1 mm left/right). */
const CELL_MARGIN = { top: 40, bottom: 40, left: 57, right: 57 };
/** Minimum data-row height in twips (room to write by hand in an empty row). */
const MIN_ROW_HEIGHT = 400;

// Characters XML 1.0 does not allow (control characters other than tab, LF, CR; non-characters).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML text node, dropping characters XML cannot hold. */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Align = 'left' | 'center';

/** The paragraphs of a cell: one per text line. */
function paragraphs(text: string, align: Align, bold: boolean): string {
  const pPr = align === 'center' ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  const rPr = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  let out = '';
  for (const line of text.split('\n')) {
    const t = line.replace(/\t/g, ' ');
    out += t === ''
      ? `<w:p>${pPr}</w:p>`
      : `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${xmlText(t)}</w:t></w:r></w:p>`;
  }
  return out;
}

function cell(width: number, body: string, vCenter: boolean): string {
  const vAlign = vCenter ? '<w:vAlign w:val="center"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${vAlign}</w:tcPr>${body}</w:tc>`;
}

function tableProperties(totalWidth: number): string {
  const line = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} ${line}/>`).join('');
  const m = CELL_MARGIN;
  return `<w:tblPr><w:tblW w:w="${totalWidth}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/>`
    + `<w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar>`
    + '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    + '</w:tblPr>';
}

const HEADER_TR_PR = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
const DATA_TR_PR = `<w:trPr><w:cantSplit/><w:trHeight w:val="${MIN_ROW_HEIGHT}" w:hRule="atLeast"/></w:trPr>`;

/**
 * The full register table, `totalWidth` twips wide, as a `<w:tbl>` element (namespace prefix `w`,
 * as in the body of document.xml).
 */
export function registerTableXml(cols: readonly RegisterColumn[], rows: readonly PrintRow[], totalWidth: number): string {
  const widths = scaleWidths(cols, totalWidth);
  const aligns: Align[] = cols.map((c) => (c.kind === 'text' ? 'left' : 'center'));
  const parts: string[] = [
    '<w:tbl>', tableProperties(totalWidth),
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr>${HEADER_TR_PR}${cols.map((c, i) => cell(widths[i], paragraphs(c.header, 'center', true), true)).join('')}</w:tr>`,
    `<w:tr>${HEADER_TR_PR}${cols.map((_, i) => cell(widths[i], paragraphs(`(${i + 1})`, 'center', false), true)).join('')}</w:tr>`,
  ];
  for (const row of rows) {
    let tr = `<w:tr>${DATA_TR_PR}`;
    for (let i = 0; i < cols.length; i++) tr += cell(widths[i], paragraphs(cellText(row, cols[i]), aligns[i], false), false);
    parts.push(`${tr}</w:tr>`);
  }
  parts.push('</w:tbl>');
  return parts.join('');
}
