/**
 * The printed register as DOCX: landscape A4, Times New Roman (black) on the default styles, a title
 * block at the top of the first page, the register table, and "Trang n/N" in the footer. The bytes
 * are deterministic: fixed core properties and fixed zip entry times.
 */
import {
  AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { columnsFor, REGISTER_TITLES, type PrintRow, type RegisterKind } from './columns';
import { registerTable } from './docx-table';
import { periodLine, type PrintOptions } from './format';

/** A4 landscape, in twips (width × height as printed). */
export const PAGE = { width: 16838, height: 11906 } as const;

/** Margins in twips: 25 mm on the binding (left) side, 15 mm elsewhere. */
export const MARGIN = { top: 850, bottom: 850, left: 1417, right: 850, header: 425, footer: 425 } as const;

/** Width of the register table: the text width of the page. */
export const TABLE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const FONT = 'Times New Roman';
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

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
  if (opts.bookName.trim()) out.push(line(opts.bookName.trim(), { bold: true, size: 26, before: 40 }));
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

/** Rewrites a zip with fixed entry times, so equal content gives equal bytes. */
function normaliseZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const entries = Object.fromEntries(Object.entries(files).map(([p, d]) => [p, [d, { mtime: FIXED_TIME }] as const]));
  return zipSync(entries as never, { level: 6 });
}

/** Builds the DOCX of one register (rows already filtered to the period and sorted by the registry). */
export async function registerDocx(kind: RegisterKind, rows: readonly PrintRow[], opts: PrintOptions): Promise<Uint8Array> {
  const title = `${REGISTER_TITLES[kind]} — ${periodLine(opts.from, opts.to)}`;
  const doc = new Document({
    creator: 'vanthu',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24, color: '000000' }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
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
      children: [...titleBlock(kind, opts), registerTable(columnsFor(kind), rows, TABLE_WIDTH)],
    }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return normaliseZip(new Uint8Array(packed));
}
