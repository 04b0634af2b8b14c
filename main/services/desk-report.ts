/** The report workbook (XLSX, exceljs): counts by type and month, incoming by status and by unit. */
import type { DeskStats } from '../../common/api/domains/desk';
import { stableWorkbookBytes } from '../zip/workbook';

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);

/** Builds the report workbook of one year. */
export async function statsWorkbook(s: DeskStats): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const byType = wb.addWorksheet('Theo loại và tháng');
  byType.addRow([`SỐ VĂN BẢN THEO LOẠI VÀ THÁNG NĂM ${s.year}`]).font = { bold: true };
  byType.addRow(['Sổ', 'Loại văn bản', ...MONTHS, 'Cộng']).font = { bold: true };
  const keys = [...new Set(s.byTypeMonth.map((r) => `${r.register}\u0000${r.type}`))].sort();
  for (const k of keys) {
    const [reg, type] = k.split('\u0000');
    const months = MONTHS.map((_, i) => s.byTypeMonth.find((r) => r.register === reg && r.type === type && r.month === i + 1)?.count ?? 0);
    byType.addRow([reg === 'in' ? 'Đến' : 'Đi', type, ...months, months.reduce((a, b) => a + b, 0)]);
  }
  byType.getColumn(2).width = 24;
  const status = wb.addWorksheet('Văn bản đến theo trạng thái');
  status.addRow(['Trạng thái', 'Số văn bản']).font = { bold: true };
  for (const r of s.inByStatus) status.addRow([r.status, r.count]);
  status.getColumn(1).width = 20;
  const unit = wb.addWorksheet('Văn bản đến theo đơn vị');
  unit.addRow(['Đơn vị', 'Số văn bản', 'Quá hạn']).font = { bold: true };
  for (const r of s.inByUnit) unit.addRow([r.unit, r.count, r.overdue]);
  unit.getColumn(1).width = 32;
  return stableWorkbookBytes(wb, `${s.year}-12-31`);
}
