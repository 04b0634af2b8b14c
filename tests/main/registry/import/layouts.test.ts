import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import { LAYOUTS } from '../../../fixtures/registers/layouts';
import { FIXTURE_DIR } from '../../../fixtures/registers/make-fixtures';
import { ENGINES, useRegistryEngines } from '../engines';

const engines = useRegistryEngines();

let reg: RegistryService;
afterEach(() => reg?.close());

const registerRows = (r: RegistryService) => [
  ...r.listOutgoing().map((e) => ({ register: 'out', number: e.number, date: e.date, summary: e.summary })),
  ...r.listIncoming().map((e) => ({ register: 'in', number: String(e.serial), date: e.receivedDate, summary: e.summary })),
];
const sortRows = <T extends { register: string; number: string; date: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.register.localeCompare(b.register) || a.date.localeCompare(b.date) || a.number.localeCompare(b.number));

describe.each(ENGINES)('registers kept in Excel in the common layouts import fully (%s)', (engine) => {
  const withTermBook = () => engines.withTermBookDir(engine);

  for (const layout of LAYOUTS) {
    it(`${layout.file}: ${layout.about}`, async () => {
      const t = withTermBook(); reg = t.reg;
      const file = path.join(FIXTURE_DIR, layout.file);
      const preview = await reg.importFile(file);
      expect(preview.refused).toEqual([]);
      expect(preview.taken).toEqual(layout.expected);
      expect(preview.applied).toBe(false);
      expect(registerRows(reg)).toEqual([]);

      const done = await reg.importFile(file, { apply: true, expect: preview.fingerprint });
      expect(done.applied).toBe(true);
      expect(done.taken).toEqual(layout.expected);
      expect(sortRows(registerRows(reg))).toEqual(sortRows(layout.expected.map(({ register, number, date, summary }) => ({ register, number, date, summary }))));
    });
  }

  it('keeps what the rows say beyond number, date and summary (signer, recipients, copies, markings, số lượng, notes)', async () => {
    const t = withTermBook(); reg = t.reg;
    await reg.importFile(path.join(FIXTURE_DIR, '01-tieu-de-gop.xlsx'), { apply: true });
    expect(reg.listOutgoing().find((e) => e.number === '14-KL/TU')).toMatchObject({
      signer: 'Trần Thị Bình', recipients: ['Các huyện ủy, thành ủy', 'Lưu VPTU'], archiveHolder: 'Văn phòng Tỉnh ủy', copies: 30,
    });
    await reg.importFile(path.join(FIXTURE_DIR, '05-viet-tat-cot-trong.xlsx'), { apply: true });
    expect(reg.listOutgoing().find((e) => e.number === '20-CV/TU')).toMatchObject({ secrecy: 'Mật', urgency: 'Khẩn', copies: 12 });
    await reg.importFile(path.join(FIXTURE_DIR, '04-so-den-ngay-chu.xlsx'), { apply: true });
    expect(reg.listIncoming().find((e) => e.serial === 106)).toMatchObject({
      sender: 'Huyện ủy Lý Nhân', senderNumber: '12-BC/HU', docDate: '2021-03-06', deadline: '2021-03-20', routedTo: 'Văn phòng',
    });
  });

  it('reports the sheet it skipped and why', async () => {
    const t = withTermBook(); reg = t.reg;
    const r = await reg.importFile(path.join(FIXTURE_DIR, '03-moi-nam-mot-trang.xlsx'));
    expect(r.sheets.map((s) => [s.name, s.register, s.headerRow, s.rows])).toEqual([
      ['2022', 'out', 2, 2], ['2023', 'out', 2, 2], ['2024', 'out', 2, 2], ['Ghi chú', null, null, 0],
    ]);
    expect(r.sheets[3].note).toMatch(/^không tìm thấy dòng tiêu đề cột của sổ trong 1 dòng đầu \(cần các cột "Số, ký hiệu văn bản", "Ngày tháng văn bản"/u);
  });
});
