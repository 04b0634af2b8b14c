import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelledOutgoingRow, columnsFor, layOutRegister, type PrintRow } from '../../../../main/registry/print/index';
import { XLSX_HEADER_ROW } from '../../../../main/registry/print/xlsx';
import { followUpRows, incomingRows, outgoingRows } from './samples';

const OPTS = { from: '2026-10-01', to: '2026-10-31', orgName: 'Đảng ủy Khối các cơ quan tỉnh', bookName: 'Sổ văn bản đến năm 2026' };

async function readBack(kind: 'out' | 'in' | 'follow-up', rows: PrintRow[]) {
  const bytes = await layOutRegister(kind, rows, OPTS, 'xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

const rowValues = (ws: ExcelJS.Worksheet, r: number, n: number) =>
  Array.from({ length: n }, (_, i) => ws.getRow(r).getCell(i + 1).value);

describe('printed register XLSX', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('is the same bytes for the same register printed at another time: dated by its period, zip entries by the fixed time', async () => {
    const rows = outgoingRows(15) as PrintRow[];
    vi.useFakeTimers({ now: new Date(2026, 9, 31, 16, 45, 10), toFake: ['Date'] });
    const first = await layOutRegister('out', rows, OPTS, 'xlsx');
    vi.setSystemTime(new Date(2027, 0, 2, 8, 5, 0));
    const second = await layOutRegister('out', rows, OPTS, 'xlsx');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Object.keys(unzipSync(first)).filter((name) => name.endsWith('/'))).toEqual([]); // parts only, no folder entries
    const core = strFromU8(unzipSync(first)['docProps/core.xml']);
    // Dated by the period printed (its last day), not by the time of printing.
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-31T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-31T00:00:00Z</dcterms:modified>');
  });

  for (const [kind, make] of [['out', outgoingRows], ['in', incomingRows], ['follow-up', followUpRows]] as const) {
    it(`${kind}: title block, bold header row with every column, one row per entry`, async () => {
      const input = make(15) as PrintRow[];
      const ws = await readBack(kind, input);
      const cols = columnsFor(kind);
      expect(ws.getCell(1, 1).value).toBe('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH');
      expect(String(ws.getCell(2, 1).value)).toMatch(/^SỔ /);
      expect(ws.getCell(4, 1).value).toBe('Từ ngày 01/10/2026 đến ngày 31/10/2026');
      expect(rowValues(ws, XLSX_HEADER_ROW, cols.length)).toEqual(cols.map((c) => c.header));
      for (let i = 1; i <= cols.length; i++) {
        const cell = ws.getRow(XLSX_HEADER_ROW).getCell(i);
        expect(cell.font?.bold).toBe(true);
        expect(cell.font?.name).toBe('Times New Roman');
        expect(cell.alignment?.wrapText).toBe(true);
      }
      expect(ws.actualRowCount).toBe(XLSX_HEADER_ROW + input.length);
      const widths = cols.map((_, i) => ws.getColumn(i + 1).width ?? 0);
      expect(widths.every((w) => w >= 5)).toBe(true);
    });
  }

  it('keeps values: dates as real dates shown dd/mm/yyyy, counts as numbers, text wrapped', async () => {
    const rows = [...outgoingRows(2), cancelledOutgoingRow('07-NQ/ĐUK', '2026-10-09', 'ký nhầm loại văn bản')];
    rows[1] = { ...rows[1], summary: 'Báo cáo <dự thảo> & "ý kiến"\u0001' };
    const ws = await readBack('out', rows);
    const first = ws.getRow(XLSX_HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(rows[0] && (rows[0] as { number: string }).number);
    const date = first.getCell(2);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(typeof first.getCell(7).value).toBe('number');
    expect(first.getCell(5).value).toContain('\n');
    expect(first.getCell(3).alignment?.wrapText).toBe(true);
    expect(ws.getRow(XLSX_HEADER_ROW + 2).getCell(3).value).toBe('Báo cáo <dự thảo> & "ý kiến"');
    const cancelled = ws.getRow(XLSX_HEADER_ROW + 3);
    expect(cancelled.getCell(1).value).toBe('07-NQ/ĐUK');
    expect(cancelled.getCell(9).value).toBe('Đã hủy: ký nhầm loại văn bản');
  });

  it('freezes the header and prints landscape A4, fitted to the width, header on every page', async () => {
    const ws = await readBack('in', incomingRows(3));
    const view = ws.views[0] as { state: string; ySplit: number };
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(XLSX_HEADER_ROW);
    const ps = ws.pageSetup;
    expect(ps.orientation).toBe('landscape');
    expect(ps.paperSize).toBe(9);
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.printTitlesRow).toBe(`${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`);
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });
});
