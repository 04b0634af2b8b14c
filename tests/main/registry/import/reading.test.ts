import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellToIsoDate, excelSerialToIso, textToIso } from '../../../../main/registry/import/dates';
import { findHeader } from '../../../../main/registry/import/header';
import { fieldOfHeading, headingKey } from '../../../../main/registry/import/headings';
import { parseCsv, type GridSheet } from '../../../../main/registry/import/read';
import { FOLLOW_UP_COLUMNS, INCOMING_COLUMNS, OUTGOING_COLUMNS } from '../../../../main/registry/print/columns';

const grid = (rows: (string | null)[][], merges: [number, number, number, number][] = []): GridSheet => ({
  name: 'Sheet1',
  rows,
  mergedFrom(r, c) {
    const m = merges.find(([r1, c1, r2, c2]) => r >= r1 && r <= r2 && c >= c1 && c <= c2);
    return m ? [m[0], m[1]] : null;
  },
});

describe('headings of imported registers', () => {
  it('recognises every printed heading of vanthu\'s three books as its own column', () => {
    for (const c of OUTGOING_COLUMNS) expect(fieldOfHeading('out', c.header)).toBe(c.key);
    for (const c of INCOMING_COLUMNS) expect(fieldOfHeading('in', c.header)).toBe(c.key);
    for (const c of FOLLOW_UP_COLUMNS) expect(fieldOfHeading('follow-up', c.header)).toBe(c.key);
  });

  it('accepts the usual variants: without "văn bản", abbreviated, broken over lines, any case, without tone marks', () => {
    const variants: [string, string][] = [
      ['Số, ký hiệu', 'number'], ['Số và ký hiệu văn bản', 'number'], ['Số, KH', 'number'], ['SỐ, KÝ HIỆU\nVĂN BẢN', 'number'],
      ['so ky hieu vb', 'number'], ['Ngày, tháng', 'date'], ['Ngày tháng\nvăn bản', 'date'], ['NGAY THANG VB', 'date'],
      ['Trích yếu', 'summary'], ['Tên loại và trích yếu\nnội dung', 'summary'], ['Nơi nhận', 'recipients'], ['SL', 'copies'],
      ['Độ mật, khẩn', 'secrecyUrgency'], ['Ghi chú (9)', 'notes'], ['STT', 'ordinal'],
    ];
    for (const [text, field] of variants) expect([text, fieldOfHeading('out', text)]).toEqual([text, field]);
    expect(fieldOfHeading('in', 'Nơi gửi')).toBe('sender');
    expect(fieldOfHeading('in', 'Ngày đến')).toBe('receivedDate');
    expect(fieldOfHeading('in', 'Số đến')).toBe('serial');
    expect(headingKey('Số, ký hiệu\r\nvăn bản')).toBe('so ky hieu');
  });

  it('does not take title lines for headings', () => {
    for (const t of ['SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'TỈNH ỦY HÀ NAM', 'Từ ngày 01/10/2026 đến ngày 31/10/2026', 'Năm 2024']) {
      expect(fieldOfHeading('out', t)).toBeUndefined();
      expect(fieldOfHeading('in', t)).toBeUndefined();
    }
  });
});

describe('finding the heading row', () => {
  it('skips a title merged across every column (its cells all carry the title) and takes the row of headings', () => {
    const title = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
    const h = findHeader(grid([
      Array(5).fill('TỈNH ỦY HÀ NAM'), Array(5).fill(title), Array(5).fill('Từ ngày 01/01/2024 đến ngày 31/12/2024'), [],
      ['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận văn bản'],
      ['01-NQ/TU', '05/01/2024', 'Nghị quyết', 'A', 'B'],
    ], [[0, 0, 0, 4], [1, 0, 1, 4], [2, 0, 2, 4]]));
    expect(h).toMatchObject({ kind: 'out', row: 4, depth: 1, columns: { number: 0, date: 1, summary: 2, signer: 3, recipients: 4 } });
  });

  it('reads "Số" and "Ký hiệu" under a merged "Số, ký hiệu" as the two parts of the number', () => {
    const h = findHeader(grid([
      ['TT', 'Số, ký hiệu', 'Số, ký hiệu', 'Ngày tháng', 'Trích yếu'],
      ['TT', 'Số', 'Ký hiệu', 'Ngày tháng', 'Trích yếu'],
      ['1', '4', 'NQ/TU', '05/01/2024', 'Nghị quyết'],
    ], [[0, 1, 0, 2], [0, 0, 1, 0], [0, 3, 1, 3], [0, 4, 1, 4]]));
    expect(h).toMatchObject({ kind: 'out', row: 0, depth: 2, columns: { ordinal: 0, numberSerial: 1, numberSymbol: 2, date: 3, summary: 4 } });
  });

  it('tells an incoming book and the follow-up book from an outgoing one', () => {
    expect(findHeader(grid([INCOMING_COLUMNS.map((c) => c.header)]))?.kind).toBe('in');
    expect(findHeader(grid([FOLLOW_UP_COLUMNS.map((c) => c.header)]))?.kind).toBe('follow-up');
    expect(findHeader(grid([OUTGOING_COLUMNS.map((c) => c.header)]))?.kind).toBe('out');
    expect(findHeader(grid([['Họ và tên', 'Địa chỉ', 'Điện thoại']]))).toBeNull();
  });
});

describe('dates of imported registers', () => {
  it('reads dates typed as text in the usual forms', () => {
    expect(['06/3/2021', '6/3/21', '06.03.2021', '06-03-2021', '2021-03-06', '2021-03-06T00:00:00', 'ngày 06 tháng 3 năm 2021',
      'Ngày 6 tháng 03 năm 2021', 'Hà Nam, ngày 06 tháng 3 năm 2021', ' 06 / 03 / 2021 '].map(textToIso)).toEqual(Array(10).fill('2021-03-06'));
    expect(['31/02/2021', 'abc', '', '2021'].map(textToIso)).toEqual([null, null, null, null]);
  });

  it('reads Excel serials of both date systems and date cells without a time-zone shift', () => {
    expect(excelSerialToIso(44261)).toBe('2021-03-06');
    expect(excelSerialToIso(44261.99)).toBe('2021-03-06');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(42799, true)).toBe('2021-03-06');
    expect(excelSerialToIso(0)).toBeNull();
    expect(cellToIsoDate(new Date(Date.UTC(2021, 2, 6)))).toBe('2021-03-06');
    // A serial stored with floating error just below midnight is still its day.
    expect(cellToIsoDate(new Date(Date.UTC(2021, 2, 6) - 1))).toBe('2021-03-06');
    expect(cellToIsoDate(44261)).toBe('2021-03-06');
  });

  it('gives the same day in any time zone (child processes with TZ set)', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = "import('./main/registry/import/dates.ts').then(m => console.log(m.cellToIsoDate(new Date(Date.UTC(2021,2,6))), m.cellToIsoDate(44261)))";
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect([tz, out.trim()]).toEqual([tz, '2021-03-06 2021-03-06']);
    }
  });

  it('reads an Excel date cell written by exceljs back as the same day', async () => {
    const wb = new ExcelJS.Workbook();
    const c = wb.addWorksheet('A').getCell('A1');
    c.value = new Date(Date.UTC(2024, 1, 29));
    c.numFmt = 'dd/mm/yyyy';
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(cellToIsoDate(back.worksheets[0].getCell('A1').value as Date)).toBe('2024-02-29');
  });
});

describe('CSV', () => {
  it('reads ; and , files, a BOM, quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('\uFEFFSố, ký hiệu;Ngày;Trích yếu\n04-NQ/TU;06/3/2021;"Về A; B"\r\n')).toEqual([['Số, ký hiệu', 'Ngày', 'Trích yếu'], ['04-NQ/TU', '06/3/2021', 'Về A; B'], ]);
    expect(parseCsv('a,"b ""c""",d\n"x\ny",2,3\n')).toEqual([['a', 'b "c"', 'd'], ['x\ny', '2', '3']]);
    expect(parseCsv('a\tb\tc\n1\t2\t3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });
});
