import { describe, expect, it } from 'vitest';
import { layOutRegister, PrintError, type PrintRow } from '../../../../main/registry/print/index';
import { OUTGOING_COLUMNS, INCOMING_COLUMNS, FOLLOW_UP_COLUMNS } from '../../../../main/registry/print/columns';
import { displayDate as formatDate } from '../../../../common/rules/date-line';
import { parseIsoDate } from '../../../../common/rules/date-line';
import { checkPrintOptions, periodLine, scaleWidths } from '../../../../main/registry/print/format';
import { docxParts, parseXml, registerTable, tableRows } from './docx-xml';
import { outgoingRows } from './samples';

const OPTS = { from: '2026-10-01', to: '2026-10-31', orgName: 'Chi bộ Văn phòng', bookName: '' };

describe('register text', () => {
  it('formats ISO dates as dd/mm/yyyy and leaves other text alone', () => {
    expect(formatDate('2026-03-05')).toBe('05/03/2026');
    expect(formatDate('2026-10-31T09:15:00Z')).toBe('31/10/2026');
    expect(formatDate('')).toBe('');
    expect(formatDate('05/03/2026')).toBe('05/03/2026');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(parseIsoDate(' 2026-10-31T09:15:00Z')).toEqual({ year: 2026, month: 10, day: 31 });
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-10-311')).toBeNull();
    expect(periodLine('2026-01-01', '2026-12-31')).toBe('Từ ngày 01/01/2026 đến ngày 31/12/2026');
  });

  it('refuses a bad period with a Vietnamese message', async () => {
    expect(checkPrintOptions(OPTS)).toBeNull();
    expect(checkPrintOptions({ ...OPTS, from: '01/10/2026' })).toMatch(/^Ngày bắt đầu không hợp lệ/);
    expect(checkPrintOptions({ ...OPTS, from: '2026-11-01' })).toMatch(/sau ngày kết thúc 31\/10\/2026/);
    await expect(layOutRegister('out', [], { ...OPTS, to: 'hôm nay' }, 'docx')).rejects.toThrow(PrintError);
    await expect(layOutRegister('out', [], OPTS, 'pdf' as never)).rejects.toThrow(/Định dạng không hỗ trợ/);
    await expect(layOutRegister('sổ' as never, [], OPTS, 'xlsx')).rejects.toThrow(/Loại sổ không hợp lệ/);
  });

  it('scales widths to integers that sum to the total, and every book has distinct keys', () => {
    for (const cols of [OUTGOING_COLUMNS, INCOMING_COLUMNS, FOLLOW_UP_COLUMNS]) {
      const w = scaleWidths(cols as never, 14571);
      expect(w.reduce((s, x) => s + x, 0)).toBe(14571);
      expect(w.every((x) => Number.isInteger(x) && x > 500)).toBe(true);
      expect(new Set(cols.map((c) => c.key)).size).toBe(cols.length);
    }
  });

  it('escapes XML and drops control characters in cell text; normalises to NFC', async () => {
    const row = { ...outgoingRows(1)[0], summary: 'Báo cáo <dự thảo> & "ý kiến"\u0001 của O\u0302', notes: 'a\tb' };
    const parts = docxParts(await layOutRegister('out', [row as PrintRow], OPTS, 'docx'));
    const rows = tableRows(registerTable(parseXml(parts['word/document.xml'])));
    expect(rows[2].cells[2]).toBe('Báo cáo <dự thảo> & "ý kiến" của Ô');
    expect(rows[2].cells[8]).toBe('a b');
  });
});
