/**
 * The printed register as XLSX (exceljs), for offices that keep their books in Excel: a title block,
 * then the header row (bold, frozen, filterable, repeated on every printed page), one row per entry;
 * dates are real dates shown dd/mm/yyyy, counts are numbers; landscape A4 fitted to the page width.
 */
import type ExcelJS from 'exceljs';
import { columnsFor, REGISTER_TITLES, type PrintRow, type RegisterColumn, type RegisterKind } from './columns';
import { parseIsoDate } from '../../../common/rules/date-line';
import { bookLine, cellText, periodLine, type PrintOptions } from './format';
import { stableWorkbookBytes } from '../../zip/workbook';

/** Row number of the column header row (the rows above hold the title block). */
export const XLSX_HEADER_ROW = 5;

/** Total column width of the sheet, in Excel character units (fits landscape A4 at 100 %). */
const TOTAL_CHARS = 140;
const FONT = { name: 'Times New Roman', size: 11, color: { argb: 'FF000000' } };
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function cellValue(row: PrintRow, col: RegisterColumn): ExcelJS.CellValue {
  const raw = String((row as unknown as Record<string, string | undefined>)[col.key] ?? '').trim();
  if (col.kind === 'date') {
    const d = parseIsoDate(raw);
    if (d) return new Date(Date.UTC(d.year, d.month - 1, d.day));
  }
  if (col.kind === 'count' && /^\d{1,9}$/.test(raw)) return Number(raw);
  return cellText(row, col);
}

function titleRows(ws: ExcelJS.Worksheet, kind: RegisterKind, opts: PrintOptions, lastCol: number): void {
  const put = (r: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center') => {
    ws.mergeCells(r, 1, r, lastCol);
    const c = ws.getCell(r, 1);
    c.value = text.normalize('NFC');
    c.font = { ...FONT, ...font };
    c.alignment = { horizontal, vertical: 'middle' };
  };
  put(1, opts.orgName.toLocaleUpperCase('vi'), { bold: true, size: 12 }, 'left');
  put(2, REGISTER_TITLES[kind], { bold: true, size: 15 }, 'center');
  put(3, bookLine(kind, opts.bookName), { bold: true, size: 13 }, 'center');
  put(4, periodLine(opts.from, opts.to), { italic: true, size: 13 }, 'center');
  ws.getRow(2).height = 24;
}

/** Builds the XLSX of one register. */
export async function registerXlsx(kind: RegisterKind, rows: readonly PrintRow[], opts: PrintOptions): Promise<Uint8Array> {
  const cols = columnsFor(kind);
  // exceljs (about 1.5 MB of code) loads only when a register is printed to XLSX, not with the host.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'vanthu';
  wb.title = REGISTER_TITLES[kind];
  const ws = wb.addWorksheet(REGISTER_TITLES[kind].slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: XLSX_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.98, right: 0.59, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&11Trang &P/&N' },
  });
  const sum = cols.reduce((s, c) => s + c.width, 0);
  cols.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    // exceljs drops a width of exactly 9 (its default) from the file, so Excel would use 8.43.
    const width = Math.round((c.width / sum) * TOTAL_CHARS * 100) / 100;
    column.width = width === 9 ? 9.01 : width;
    column.key = c.key;
  });
  titleRows(ws, kind, opts, cols.length);

  const header = ws.getRow(XLSX_HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 32;
  ws.autoFilter = { from: { row: XLSX_HEADER_ROW, column: 1 }, to: { row: XLSX_HEADER_ROW, column: cols.length } };

  const styles = cols.map((c) => ({
    font: FONT,
    border: BORDER,
    alignment: { horizontal: c.kind === 'text' ? 'left' : 'center', vertical: 'top', wrapText: true } as Partial<ExcelJS.Alignment>,
    numFmt: c.kind === 'date' ? 'dd/mm/yyyy' : undefined,
  }));
  rows.forEach((row, r) => {
    const xr = ws.getRow(XLSX_HEADER_ROW + 1 + r);
    cols.forEach((c, i) => {
      const cell = xr.getCell(i + 1);
      cell.value = cellValue(row, c);
      cell.style = styles[i] as Partial<ExcelJS.Style>;
    });
  });
  return stableWorkbookBytes(wb, opts.to);
}
