import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { parseCsv, toIsoDate } from '../../../main/registry/import-read';
import { withTermBook } from './helpers';

let reg: RegistryService;
afterEach(() => reg?.close());

describe('import of registers kept in Excel', () => {
  it('takes good outgoing rows from CSV and refuses bad ones row by row, in Vietnamese', async () => {
    const t = withTermBook(); reg = t.reg;
    const csv = path.join(t.dir, 'so-di.csv');
    fs.writeFileSync(csv, '\uFEFFSỔ ĐĂNG KÝ VĂN BẢN ĐI\nSố, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký;Nơi nhận;Ghi chú\n'
      + '04-NQ/TU;06/3/2021;"Nghị quyết về công tác tư tưởng; giai đoạn 2021-2025";Nguyễn Văn An;Các huyện ủy;\n'
      + '29-KL/TU;22/07/2021;Kết luận hội nghị;Trần B;;\n'
      + '04/NQ-TU;07/3/2021;Sai mẫu số;;;\n'
      + '04-NQ/TU;08/3/2021;Trùng số;;;\n'
      + '05-NQ/HU;08/3/2021;Cơ quan khác;;;\n'
      + '06-NQ/TU;31/02/2021;Ngày sai;;;\n');
    const r = await reg.importFile(csv);
    expect(r.register).toBe('out');
    expect(r.taken).toEqual([{ row: 3, number: '04-NQ/TU' }, { row: 4, number: '29-KL/TU' }]);
    expect(r.refused.map((x) => x.row)).toEqual([5, 6, 7, 8]);
    expect(r.refused[0].reason).toMatch(/cách ghi của văn bản nhà nước/);
    expect(r.refused[1].reason).toMatch(/đã có trong sổ/);
    expect(r.refused[2].reason).toMatch(/Chưa có sổ văn bản đi cho cơ quan ký hiệu "HU"/);
    expect(r.refused[3].reason).toMatch(/không phải ngày hợp lệ/);
    expect(reg.listOutgoing()[0]).toMatchObject({ number: '04-NQ/TU', date: '2021-03-06', summary: 'Nghị quyết về công tác tư tưởng; giai đoạn 2021-2025' });
    // Numbering continues after the imported numbers.
    expect(reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-04-01' }).number).toBe('05-NQ/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'KL', date: '2021-08-01' }).number).toBe('30-KL/TU');
  });

  it('takes an incoming register from XLSX, keeping its số đến', async () => {
    const t = withTermBook(); reg = t.reg;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ đến');
    ws.addRow(['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Đơn vị hoặc người nhận', 'Hạn giải quyết', 'Ghi chú']);
    ws.addRow([new Date(Date.UTC(2021, 2, 10)), 105, 'Tỉnh ủy Hà Nam', '04-NQ/TU', '06/3/2021', 'Nghị quyết về công tác tư tưởng', 'Đ/c Bí thư', '', '']);
    ws.addRow(['11/3/2021', '', 'Huyện ủy Lý Nhân', '12-BC/HU', '', 'Báo cáo', '', '20/3/2021', '']);
    ws.addRow(['12/3/2021', 105, 'Trùng số', '', '', 'Trùng', '', '', '']);
    ws.addRow(['12/3/2021', '', '', '', '', 'Thiếu tác giả', '', '', '']);
    const file = path.join(t.dir, 'so-den.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await reg.importFile(file);
    expect(r.register).toBe('in');
    expect(r.taken).toEqual([{ row: 2, number: '105' }, { row: 3, number: '106' }]);
    expect(r.refused).toEqual([{ row: 4, reason: expect.stringMatching(/Số đến 105 đã có/) }, { row: 5, reason: expect.stringMatching(/Thiếu tác giả/) }]);
    expect(reg.listIncoming()[1]).toMatchObject({ serial: 106, receivedDate: '2021-03-11', deadline: '2021-03-20', sender: 'Huyện ủy Lý Nhân' });
  });

  it('reads CSV quoting and Vietnamese date forms', () => {
    expect(parseCsv('a,"b ""c""",d\n"x\ny",2,3\n')).toEqual([['a', 'b "c"', 'd'], ['x\ny', '2', '3']]);
    expect([toIsoDate('6/3/21'), toIsoDate('2021-03-06'), toIsoDate('06.03.2021'), toIsoDate('32/1/2021'), toIsoDate('abc')])
      .toEqual(['2021-03-06', '2021-03-06', '2021-03-06', null, null]);
  });
});
