/**
 * The printed register as DOCX: landscape A4, Times New Roman 11 pt (black) on the default styles, a
 * title block at the top of the first page, the register table, and "Trang n/N" in the footer. The
 * `docx` package builds the document around a marker paragraph, which is replaced by the table
 * written as XML (table-xml.ts, for speed). The bytes are deterministic: fixed core properties and
 * fixed zip entry times.
 */
import {
  AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { writeZip, ZIP_ENTRY_TIME } from '../../zip/write';
import { columnsFor, REGISTER_TITLES, type PrintRow, type RegisterKind } from './columns';
import { registerTableXml } from './table-xml';
import { bookLine, periodLine, type PrintOptions } from './format';

/** A4 landscape, in twips (width × height as printed). */
export const PAGE = { width: 16838, height: 11906 } as const;

/** Margins in twips: 25 mm on the binding (left) side, 15 mm elsewhere. */
export const MARGIN = { top: 850, bottom: 850, left: 1417, right: 850, header: 425, footer: 425 } as const;

/** Width of the register table: the text width of the page. */
export const TABLE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const FONT = 'Times New Roman';
/** Font size of the body and the table, in half-points (11 pt). */
export const CELL_FONT_SIZE = 22;
const MARKER = 'VANTHU-REGISTER-TABLE-MARKER';
/** A tiny paragraph after the table (a body should not end with a table), never a page of its own. */
const END_PARAGRAPH = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
  + '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';

function titleBlock(kind: RegisterKind, opts: PrintOptions): Paragraph[] {
  const line = (text: string, o: { bold?: boolean; italics?: boolean; size: number; before?: number; after?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType] }) => new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    children: [new TextRun({ text: text.normalize('NFC'), bold: o.bold, italics: o.italics, size: o.size })],
  });
  const out = [
    line(opts.orgName.toLocaleUpperCase('vi'), { bold: true, size: 24, align: AlignmentType.LEFT }),
    line(REGISTER_TITLES[kind], { bold: true, size: 30, before: 120 }),
  ];
  const book = bookLine(kind, opts.bookName);
  if (book) out.push(line(book, { bold: true, size: 26, before: 40 }));
  out.push(line(periodLine(opts.from, opts.to), { italics: true, size: 26, before: 40, after: 160 }));
  return out;
}

function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ size: 22, children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
    })],
  });
}

function coreXml(title: string): string {
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${esc}</dc:title><dc:creator>vanthu</dc:creator></cp:coreProperties>`;
}

/** Replaces the marker paragraph of document.xml by the table, and rezips with fixed entry times. */
function spliceTable(packed: Uint8Array, tableXml: string): Uint8Array {
  const files = unzipSync(packed);
  const xml = strFromU8(files['word/document.xml']);
  const at = xml.indexOf(MARKER);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0) throw new Error('register table marker not found in document.xml');
  files['word/document.xml'] = strToU8(xml.slice(0, start) + tableXml + END_PARAGRAPH + xml.slice(end));
  return writeZip(Object.entries(files), { mtime: ZIP_ENTRY_TIME, method: 'deflate' });
}

/** Builds the DOCX of one register (rows already filtered to the period and sorted by the registry). */
export async function registerDocx(kind: RegisterKind, rows: readonly PrintRow[], opts: PrintOptions): Promise<Uint8Array> {
  const title = `${REGISTER_TITLES[kind]} — ${periodLine(opts.from, opts.to)}`;
  const doc = new Document({
    creator: 'vanthu',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: CELL_FONT_SIZE, color: '000000' }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: FONT, color: '000000' } }],
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
          margin: MARGIN,
        },
      },
      footers: { default: pageFooter() },
      children: [...titleBlock(kind, opts), new Paragraph({ children: [new TextRun(MARKER)] })],
    }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return spliceTable(new Uint8Array(packed), registerTableXml(columnsFor(kind), rows, TABLE_WIDTH));
}
