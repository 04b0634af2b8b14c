import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import { openStore } from '../../../../main/store';
import { ENGINES, useRegistryEngines } from '../engines';

const engines = useRegistryEngines();

let reg: RegistryService;
afterEach(() => reg?.close());

const OUT_CSV = '\uFEFFSỔ ĐĂNG KÝ VĂN BẢN ĐI;;;;;\nSố, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký;Nơi nhận;Ghi chú\n'
  + '04-NQ/TU;06/3/2021;"Nghị quyết về công tác tư tưởng; giai đoạn 2021-2025";Nguyễn Văn An;Các huyện ủy;\n'
  + '29-KL/TU;22/07/2021;Kết luận hội nghị;Trần B;;\n'
  + '04/NQ-TU;07/3/2021;Sai mẫu số;;;\n'
  + '04-NQ/TU;08/3/2021;Trùng số;;;\n'
  + '05-NQ/HU;08/3/2021;Cơ quan khác;;;\n'
  + '06-NQ/TU;31/02/2021;Ngày sai;;;\n'
  + '07-NQ/TU;01/01/2019;Trước nhiệm kỳ;;;\n';

function csv(dir: string, text: string, name = 'so-di.csv'): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

describe.each(ENGINES)('preview before writing, refusals named by row and column, one transaction (%s)', (engine) => {
  const withTermBook = () => engines.withTermBookDir(engine);

  it('previews what will be imported and why each refused row is refused, writing nothing', async () => {
    const t = withTermBook(); reg = t.reg;
    const file = csv(t.dir, OUT_CSV);
    const audit = reg.auditLog({ limit: 500 }).length;
    const p = await reg.importFile(file);
    expect(p.applied).toBe(false);
    expect(p.taken).toEqual([
      { sheet: 'so-di', row: 3, register: 'out', number: '04-NQ/TU', date: '2021-03-06', summary: 'Nghị quyết về công tác tư tưởng; giai đoạn 2021-2025' },
      { sheet: 'so-di', row: 4, register: 'out', number: '29-KL/TU', date: '2021-07-22', summary: 'Kết luận hội nghị' },
    ]);
    expect(p.refused.map((r) => r.reason)).toEqual([
      'Dòng 5, cột A (Số, ký hiệu): "04/NQ-TU" là cách ghi của văn bản nhà nước; văn bản của Đảng ghi số trước, gạch nối, rồi ký hiệu loại và cơ quan: ví dụ 04-NQ/TU.',
      'Dòng 6, cột A (Số, ký hiệu): Số này đã có trong sổ.',
      'Dòng 7, cột A (Số, ký hiệu): chưa có sổ văn bản đi cho cơ quan ký hiệu "HU" (tạo sổ ở Cài đặt → Sổ, nhiệm kỳ trước khi nhập).',
      'Dòng 8, cột B (Ngày tháng văn bản): "31/02/2021" không đọc được là ngày tháng (cần dạng ngày/tháng/năm, ví dụ 06/3/2021).',
      expect.stringMatching(/^Dòng 9, cột B \(Ngày tháng văn bản\): .*nhiệm kỳ/u),
    ]);
    expect(reg.listOutgoing()).toEqual([]);
    expect(reg.auditLog({ limit: 500 }).length).toBe(audit);

    const done = await reg.importFile(file, { apply: true, expect: p.fingerprint });
    expect(done.taken).toEqual(p.taken);
    expect(done.refused).toEqual(p.refused);
    expect(reg.listOutgoing().map((e) => e.number).sort()).toEqual(['04-NQ/TU', '29-KL/TU']);
    expect(reg.auditVerify().ok).toBe(true);
    // Numbering continues after the imported numbers.
    expect(reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-04-01' }).number).toBe('05-NQ/TU');
  });

  it('names the sheet of a refused row in a workbook', async () => {
    const t = withTermBook(); reg = t.reg;
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    for (const year of ['2023', '2024']) {
      const ws = wb.addWorksheet(year);
      ws.addRow(['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung']);
      ws.addRow([`01-GM/TU`, `05/01/${year}`, `Giấy mời ${year}`]);
      ws.addRow(['02-GM/TU', '', 'Thiếu ngày']);
    }
    const file = path.join(t.dir, 'nam.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await reg.importFile(file);
    expect(p.taken.map((r) => [r.sheet, r.row, r.number, r.date])).toEqual([['2023', 2, '01-GM/TU', '2023-01-05'], ['2024', 2, '01-GM/TU', '2024-01-05']]);
    expect(p.refused.map((r) => r.reason)).toEqual([
      'Trang "2023", dòng 3, cột B (Ngày tháng văn bản): trống; cần ngày tháng (ví dụ 06/3/2021).',
      'Trang "2024", dòng 3, cột B (Ngày tháng văn bản): trống; cần ngày tháng (ví dụ 06/3/2021).',
    ]);
  });

  it('imports a workbook holding the outgoing book on one sheet and the incoming book on another', async () => {
    const t = withTermBook(); reg = t.reg;
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const out = wb.addWorksheet('Sổ đi');
    out.addRow(['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung']);
    out.addRow(['07-TB/TU', '02/02/2024', 'Thông báo lịch làm việc']);
    const inc = wb.addWorksheet('Sổ đến');
    inc.addRow(['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Tên loại và trích yếu nội dung']);
    inc.addRow(['05/02/2024', 12, 'Huyện ủy Bình Lục', '30-BC/HU', 'Báo cáo tháng 01/2024']);
    const file = path.join(t.dir, 'hai-so.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await reg.importFile(file, { apply: true });
    expect(r.sheets.map((s) => [s.name, s.register])).toEqual([['Sổ đi', 'out'], ['Sổ đến', 'in']]);
    expect(r.taken.map((x) => [x.sheet, x.register, x.number, x.date])).toEqual([['Sổ đi', 'out', '07-TB/TU', '2024-02-02'], ['Sổ đến', 'in', '12', '2024-02-05']]);
    expect(reg.listIncoming()).toMatchObject([{ serial: 12, sender: 'Huyện ủy Bình Lục', senderNumber: '30-BC/HU' }]);
  });

  it('writes nothing when the register or the file changed since the preview', async () => {
    const t = withTermBook(); reg = t.reg;
    const file = csv(t.dir, OUT_CSV);
    const p = await reg.importFile(file);
    const other = csv(t.dir, 'Số, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung\n04-NQ/TU;06/3/2021;Nhập từ tệp khác\n', 'khac.csv');
    await reg.importFile(other, { apply: true });
    await expect(reg.importFile(file, { apply: true, expect: p.fingerprint })).rejects.toThrow(/^Tệp "so-di\.csv" hoặc sổ đã thay đổi từ lúc xem trước; chưa ghi gì/u);
    expect(reg.listOutgoing().map((e) => e.summary)).toEqual(['Nhập từ tệp khác']);

    const again = await reg.importFile(file);
    fs.appendFileSync(file, '08-NQ/TU;09/3/2021;Dòng thêm sau khi xem trước;;;\n');
    await expect(reg.importFile(file, { apply: true, expect: again.fingerprint })).rejects.toThrow(/đã thay đổi từ lúc xem trước/u);
    expect(reg.listOutgoing().length).toBe(1);
  });

  it('is all or nothing: a failure while writing leaves none of the rows', async () => {
    const t = withTermBook(); reg = t.reg;
    const file = csv(t.dir, 'Số, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung\n01-NQ/TU;06/3/2021;Một\n02-NQ/TU;07/3/2021;Hai\n03-NQ/TU;08/3/2021;BOOM\n');
    // A fault the registry cannot foresee, on the third row: a trigger added behind its back by another connection.
    if (engine === 'sqlite') {
      const other = new Database(reg.path);
      other.exec("CREATE TRIGGER test_boom BEFORE INSERT ON out_entries WHEN NEW.summary = 'BOOM' BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
      other.close();
    } else {
      const other = openStore(t.location);
      other.run(sql`CREATE FUNCTION test_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk gone'; END $$`);
      other.run(sql`CREATE TRIGGER test_boom BEFORE INSERT ON out_entries FOR EACH ROW WHEN (NEW.summary = 'BOOM') EXECUTE FUNCTION test_boom()`);
      other.close();
    }
    await expect(reg.importFile(file, { apply: true })).rejects.toThrow(/disk gone/);
    expect(reg.listOutgoing()).toEqual([]);
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('drops characters XML cannot carry and refuses dates, copies and số đến out of bounds', async () => {
    const t = withTermBook(); reg = t.reg;
    const out = csv(t.dir, 'Số, ký hiệu;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký;Nơi nhận;Số lượng bản\n'
      + '04-NQ/TU;06/3/2021;Nghị\u0001 quyết\uFFFE về\uFFFF công tác;Nguyễn\u001F Văn An;Các huyện ủy;3\n'
      + '05-NQ/TU;31/12/9999;Năm sai;;;\n'
      + '1000000-NQ/TU;07/3/2021;Số quá lớn;;;\n'
      + '07-NQ/TU;07/3/2021;Số bản quá lớn;;;1000000000\n');
    const r = await reg.importFile(out, { apply: true });
    expect(r.taken.map((x) => x.number)).toEqual(['04-NQ/TU']);
    expect(reg.listOutgoing()[0]).toMatchObject({ summary: 'Nghị quyết về công tác', signer: 'Nguyễn Văn An', copies: 3 });
    expect(r.refused.map((x) => x.reason)).toEqual([
      expect.stringMatching(/^Dòng 3, cột B \(Ngày tháng văn bản\): Ngày tháng văn bản 31\/12\/9999 phải từ 01\/01\/1930/u),
      'Dòng 4, cột A (Số, ký hiệu): số thứ tự 1000000 lớn hơn 99999.',
      'Dòng 5, cột F (Số lượng bản): "1000000000" phải là số nguyên từ 0 đến 9999.',
    ]);
    const inc = csv(t.dir, 'Ngày đến;Số đến;Tác giả;Trích yếu\n12/3/2021;1000000000;Huyện ủy Lý Nhân;Báo cáo\n13/3/2021;;Huyện ủy\u0002 Lý Nhân;Báo\uFFFF cáo\n14/3/2021;;;Thiếu tác giả\n', 'so-den.csv');
    const ri = await reg.importFile(inc, { apply: true });
    expect(ri.refused.map((x) => x.reason)).toEqual([
      'Dòng 2, cột B (Số đến): "1000000000" phải là số nguyên từ 1 đến 99999.',
      'Dòng 4, cột C (Tác giả): trống; cần cơ quan gửi.',
    ]);
    expect(reg.listIncoming()).toMatchObject([{ serial: 1, sender: 'Huyện ủy Lý Nhân', summary: 'Báo cáo' }]);
  });
});
