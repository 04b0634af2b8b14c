/**
 * The yearly report workbook (Thống kê → Xuất báo cáo): its three sheets read back with the counts,
 * and the same statistics give the same bytes whenever the report is written (dated by its year).
 */
import ExcelJS from 'exceljs';
import { afterEach, expect, it, vi } from 'vitest';
import type { DeskStats } from '../../../common/api/domains/desk';
import { statsWorkbook } from '../../../main/services/desk-report';

const STATS: DeskStats = {
  year: 2026,
  byTypeMonth: [
    { register: 'out', type: 'NQ', month: 3, count: 2 },
    { register: 'out', type: 'NQ', month: 4, count: 1 },
    { register: 'in', type: 'CV', month: 3, count: 5 },
  ],
  inByStatus: [{ status: 'Đang xử lý', count: 3 }, { status: 'Đã xong', count: 2 }],
  inByUnit: [{ unit: 'Ban Tổ chức', count: 4, overdue: 1 }],
};

afterEach(() => { vi.useRealTimers(); });

it('reads back with every count, and is the same bytes when written again later', async () => {
  vi.useFakeTimers({ now: new Date(2026, 11, 30, 17, 0, 0), toFake: ['Date'] });
  const first = await statsWorkbook(STATS);
  vi.setSystemTime(new Date(2027, 1, 3, 9, 30, 0));
  const second = await statsWorkbook(STATS);
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(first) as never);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Theo loại và tháng', 'Văn bản đến theo trạng thái', 'Văn bản đến theo đơn vị']);
  const byType = wb.worksheets[0];
  expect(byType.getRow(3).values).toEqual([undefined, 'Đến', 'CV', 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
  expect(byType.getRow(4).values).toEqual([undefined, 'Đi', 'NQ', 0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
  expect(wb.worksheets[2].getRow(2).values).toEqual([undefined, 'Ban Tổ chức', 4, 1]);
  expect(wb.created?.toISOString()).toBe('2026-12-31T00:00:00.000Z');
});
