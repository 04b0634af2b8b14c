import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import { FIXTURE_DIR } from '../../../fixtures/registers/make-fixtures';
import type { Engine } from '../../../../main/store';
import { ENGINES, useRegistryEngines } from '../engines';

const engines = useRegistryEngines();
/** The engine of the running block (set before each test). */
let engine: Engine = 'sqlite';
const withTermBook = () => engines.withTermBookDir(engine);

let reg: RegistryService;
afterEach(() => reg?.close());

/** Imports `file` (preview, then apply) expecting both to fail with `message`, and the register to stay empty. */
async function refused(file: string, message: RegExp): Promise<void> {
  const t = withTermBook(); reg = t.reg;
  const before = reg.auditLog({ limit: 500 }).length;
  await expect(reg.importFile(file)).rejects.toThrow(message);
  await expect(reg.importFile(file, { apply: true })).rejects.toThrow(message);
  expect(reg.listOutgoing()).toEqual([]);
  expect(reg.listIncoming()).toEqual([]);
  expect(reg.auditLog({ limit: 500 }).length).toBe(before);
}

const tmp = (name: string, bytes: Uint8Array | string) => {
  const t = withTermBook(); t.reg.close();
  const f = path.join(t.dir, name);
  fs.writeFileSync(f, bytes);
  return f;
};

describe.each(ENGINES)('bad register files: a Vietnamese message naming what is wrong, nothing written (%s)', (e) => {
  beforeEach(() => { engine = e; });

  it('a file that is not a spreadsheet, named .xlsx', async () => {
    await refused(tmp('so-di.xlsx', '%PDF-1.7\n1 0 obj\n'), /^Tệp "so-di\.xlsx" không phải tệp Excel \(\.xlsx\)/u);
  });

  it('a truncated XLSX', async () => {
    const whole = fs.readFileSync(path.join(FIXTURE_DIR, '01-tieu-de-gop.xlsx'));
    await refused(tmp('so-cat.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), /^Tệp "so-cat\.xlsx" bị hỏng hoặc không trọn vẹn/u);
  });

  it('an Excel 97-2003 or password-protected file', async () => {
    await refused(tmp('so-cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), /Excel 97-2003 \(\.xls\) hoặc tệp được đặt mật khẩu/u);
  });

  it('a file of another kind', async () => {
    await refused(tmp('so.docx.txt.pdf', 'abc'), /^Chỉ nhập được sổ lưu bằng Excel \(\.xlsx\) hoặc CSV \(\.csv\)/u);
  });

  it('a CSV not in UTF-8 (Windows-1258 as Excel writes "CSV (Comma delimited)")', async () => {
    await refused(tmp('so.csv', Buffer.from([0x53, 0xd2, 0x2c, 0x20, 0x6b, 0xfd, 0x0a])), /không ở bảng mã UTF-8.*CSV UTF-8/u);
  });

  it('a sheet without recognisable headings names the columns it needs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH CÁN BỘ']);
    ws.addRow(['Họ và tên', 'Chức vụ', 'Điện thoại']);
    ws.addRow(['Nguyễn Văn An', 'Bí thư', '0123']);
    await refused(tmp('danh-sach.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())),
      /^Không nhập được tệp "danh-sach\.xlsx"\. Trang "Danh sách": không tìm thấy dòng tiêu đề cột của sổ trong 3 dòng đầu \(cần các cột "Số, ký hiệu văn bản", "Ngày tháng văn bản" của sổ văn bản đi, hoặc "Ngày đến", "Tác giả", "Tên loại và trích yếu nội dung" của sổ văn bản đến\)\. Chưa ghi gì vào sổ\.$/u);
  });

  it('headings of a register lacking a required column name that column', async () => {
    await refused(tmp('thieu.csv', 'Số, ký hiệu;Tên loại và trích yếu nội dung;Người ký\n04-NQ/TU;Nghị quyết;A\n'),
      /^Không nhập được tệp "thieu\.csv"\. Dòng tiêu đề cột \(dòng 1\) của sổ văn bản đi thiếu cột "Ngày tháng văn bản"\. Chưa ghi gì vào sổ\.$/u);
  });

  it('an empty file', async () => {
    await refused(tmp('rong.csv', ''), /^Tệp "rong\.csv" rỗng/u);
  });

  it('a zip bomb named .xlsx is stopped while inflating', async () => {
    const sheet = new Uint8Array(100 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/worksheets/sheet1.xml': sheet }, { level: 1 });
    await refused(tmp('bom.xlsx', bomb), /^Tệp "bom\.xlsx" giải nén ra quá lớn .*bom nén/u);
  });
});

describe.each(ENGINES)('reading an .xlsx spools nothing to the temporary folder (%s)', (e) => {
  beforeEach(() => { engine = e; });

  const savedTmp = process.env.TMPDIR;
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('imports a workbook whose worksheets come before its shared strings with no temporary folder at all', async () => {
    const t = withTermBook(); reg = t.reg;
    process.env.TMPDIR = path.join(t.dir, 'khong-co-thu-muc-tam');
    const preview = await reg.importFile(path.join(FIXTURE_DIR, '01-tieu-de-gop.xlsx'));
    expect(preview.refused).toEqual([]);
    expect(preview.taken.length).toBeGreaterThan(0);
    expect(fs.existsSync(process.env.TMPDIR)).toBe(false);
  });
});
