/**
 * Every number and date the command line takes is bounded like everywhere else (MAX_SERIAL, dates
 * from 1930 to a year ahead), unknown choices are refused with the allowed list, option mistakes
 * are told in Vietnamese, and a UTF-8 BOM at the start of a draft or JSON file is accepted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledDraft } from '../../helpers/filled-draft';
import { RAW, vanthu } from './run';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-inputs-'));
const db = path.join(dir, 'so.db');
const draft = path.join(dir, 'du-thao.json');
const BOM = '\uFEFF';
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  fs.writeFileSync(draft, JSON.stringify(filledDraft('nghi-quyet')));
  const r = await vanthu('registry', 'init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2025–2030', '--start', '2025-10-15');
  expect(r.status, r.stderr).toBe(0);
});

const refused = async (message: RegExp, ...argv: string[]) => {
  const r = await vanthu(...argv);
  expect(r.status, `${argv.join(' ')}\n${r.stdout}`).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(RAW);
};

describe('bounded numbers and dates', () => {
  it('vanthu new refuses a serial over 99999 and dates out of range', async () => {
    await refused(/Số văn bản "1000000000" quá lớn: số thứ tự phải từ 01 đến 99999/, 'new', 'ket-luan', '--number', '1000000000', '--date', '05/9/2026', '-o', path.join(dir, 'x.json'));
    await refused(/Ngày văn bản \(--date\) 31\/12\/9999 phải từ 01\/01\/1930 đến/, 'new', 'ket-luan', '--number', '4', '--date', '31/12/9999', '-o', path.join(dir, 'x.json'));
    await refused(/phải từ 01\/01\/1930/, 'new', 'ket-luan', '--number', '4', '--date', '0001-01-01', '-o', path.join(dir, 'x.json'));
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
    expect((await vanthu('new', 'ket-luan', '--number', '99999', '--date', '2026-09-05', '-o', path.join(dir, 'max.json'))).status).toBe(0);
  });

  it('registry term last-used refuses 1000000000 and changes nothing', async () => {
    await refused(/Số cuối cùng đã dùng \(--last\) phải từ 0 đến 99999, không phải 1000000000/, 'registry', 'term', 'last-used', '--type', 'NQ', '--last', '1000000000', '--db', db);
    const r = await vanthu('registry', 'out', 'reserve', '--type', 'NQ', '--date', '2026-03-06', '--db', db);
    expect(r.stdout).toMatch(/^Đã giữ số 01-NQ\/TU/);
  });

  it.each([
    [['out', 'list', '--from', '2026-99-99'], /Ngày bắt đầu \(--from\): Ngày 99\/99\/2026 không có trên lịch/],
    [['out', 'list', '--to', '9999-12-31'], /Ngày kết thúc \(--to\) 31\/12\/9999 phải từ 01\/01\/1930/],
    [['out', 'reserve', '--type', 'NQ', '--date', '0001-01-01'], /phải từ 01\/01\/1930/],
    [['term', 'open', '--name', 'x', '--start', '1929-12-31'], /Ngày bắt đầu \(--start\) 31\/12\/1929 phải từ 01\/01\/1930/],
    [['in', 'list', '--year', '99999'], /Năm \(--year\) phải từ 1930 đến \d{4}/],
    [['out', 'list', '--book', '1e3'], /Mã sổ \(--book\) phải là số nguyên viết bằng chữ số, không phải "1e3"/],
    [['out', 'release', '99999999999', '--reason', 'x'], /Mã số giữ chỗ phải từ 1 đến 2147483647/],
    [['search', 'x', '--status', 'bogus'], /Trạng thái \(--status\) "bogus" không hợp lệ; chọn một trong: chưa xử lý, đang xử lý, đã xử lý, issued, reserved, cancelled/],
    [['in', 'status', '1', 'xong'], /Trạng thái "xong" không hợp lệ; chọn một trong: chưa xử lý, đang xử lý, đã xử lý/],
    [['out', 'reserve', '--type', 'XYZ'], /Loại văn bản \(--type\) "XYZ" không hợp lệ; chọn một trong: NQ, QĐ/],
    [['books', 'add', '--issuer', 'BTG', '--name', 'Ban', '--scope', 'decade'], /Phạm vi đánh số \(--scope\) "decade" không hợp lệ; chọn một trong: term, year, shared/],
  ])('registry %j is refused in Vietnamese', async (argv, message) => {
    await refused(message, 'registry', ...argv, '--db', db);
  });
});

describe('option mistakes in Vietnamese', () => {
  it.each([
    [['export', draft, '--xyz'], /^Tùy chọn không hợp lệ: --xyz\n/],
    [['export', draft, '-o'], /^Tùy chọn --out cần một giá trị/],
    [['export', draft, '--pdf=co'], /^Tùy chọn --pdf không nhận giá trị/],
    [['registry', 'books', '--xyz', '--db', db], /^Tùy chọn không hợp lệ: --xyz\n/],
    [['registry', 'out', 'list', '--from', '--db', db], /^Tùy chọn --from cần một giá trị/],
  ])('%j', async (argv, message) => {
    await refused(message, ...argv);
  });
});

describe('a UTF-8 BOM at the start of a file', () => {
  it('is accepted in a draft (export, register) and in JSON given to the registry', async () => {
    const bom = path.join(dir, 'bom.json');
    fs.writeFileSync(bom, BOM + fs.readFileSync(draft, 'utf8'));
    const exp = await vanthu('export', bom, '-o', path.join(dir, 'bom.docx'));
    expect(exp.status, exp.stderr).toBe(0);
    const reg = await vanthu('registry', 'out', 'register', bom, '--date', '2026-03-07', '--db', db);
    expect(reg.status, reg.stderr).toBe(0);
    const entry = path.join(dir, 'den.json');
    fs.writeFileSync(entry, BOM + JSON.stringify({ receivedDate: '2026-03-10', sender: 'Tỉnh ủy Hà Nam', summary: 'Kết luận' }));
    const add = await vanthu('registry', 'in', 'add', entry, '--db', db);
    expect(add.status, add.stderr).toBe(0);
    const org = path.join(dir, 'org.json');
    fs.writeFileSync(org, BOM + fs.readFileSync(path.join(ROOT, 'templates/organisation.default.json'), 'utf8'));
    expect((await vanthu('new', 'ket-luan', '--org', org, '-o', path.join(dir, 'kl.json'))).status).toBe(0);
  });
});
