import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { parseCsv, toIsoDate } from '../../../main/registry/import/read';
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

  it('drops characters XML cannot carry and refuses dates and numbers outside the register', async () => {
    const t = withTermBook(); reg = t.reg;
    const csv = path.join(t.dir, 'so-di-ban.csv');
    fs.writeFileSync(csv, 'Số, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký;Nơi nhận;Số lượng bản\n'
      + '04-NQ/TU;06/3/2021;Nghị\u0001 quyết\uFFFE về\uFFFF công tác;Nguyễn\u001F Văn An;Các huyện ủy;3\n'
      + '05-NQ/TU;31/12/9999;Năm sai;;;\n'
      + '06-NQ/TU;01/01/0001;Năm sai;;;\n'
      + '1000000-NQ/TU;07/3/2021;Số quá lớn;;;\n'
      + '07-NQ/TU;07/3/2021;Số bản quá lớn;;;1000000000\n');
    const r = await reg.importFile(csv);
    expect(r.taken).toEqual([{ row: 2, number: '04-NQ/TU' }]);
    expect(reg.listOutgoing()[0]).toMatchObject({ summary: 'Nghị quyết về công tác', signer: 'Nguyễn Văn An' });
    expect(r.refused.map((x) => x.row)).toEqual([3, 4, 5, 6]);
    expect(r.refused[0].reason).toMatch(/^Ngày văn bản 31\/12\/9999 phải từ 01\/01\/1930 đến/u);
    expect(r.refused[1].reason).toMatch(/^Ngày văn bản 01\/01\/0001 phải từ 01\/01\/1930/u);
    expect(r.refused[2].reason).toMatch(/không được lớn hơn 99999|quá/u);
    expect(r.refused[3].reason).toMatch(/Số lượng bản "1000000000" phải là số nguyên từ 0 đến 9999/u);
  });

  it('refuses a số đến over 99999 in an incoming register', async () => {
    const t = withTermBook(); reg = t.reg;
    const csv = path.join(t.dir, 'so-den-ban.csv');
    fs.writeFileSync(csv, 'Ngày đến;Số đến;Tác giả;Trích yếu\n12/3/2021;1000000000;Huyện ủy\u0002 Lý Nhân;Báo cáo\n13/3/2021;;Huyện ủy\u0002 Lý Nhân;Báo\uFFFF cáo\n');
    const r = await reg.importFile(csv);
    expect(r.refused).toEqual([{ row: 2, reason: 'Số đến "1000000000" phải là số nguyên từ 1 đến 99999.' }]);
    expect(reg.listIncoming()[0]).toMatchObject({ sender: 'Huyện ủy Lý Nhân', summary: 'Báo cáo' });
  });
});
