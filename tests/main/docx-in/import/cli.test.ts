/**
 * `vanthu import` end to end: a Word file with the usual deviations becomes a draft file that
 * vanthu loads (parseDraft), the report printed names each change with its place, the output never
 * replaces the input, and a missing file exits 1 without writing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../../../common/draft/draft';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/docx/word-table-state.docx');
let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-import-cli-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const vanthu = (...args: string[]) => spawnSync(process.execPath, ['bin/vanthu.cjs', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('vanthu import', () => {
  it('writes a loadable draft and prints the report with places', () => {
    const out = path.join(dir, 'du-thao.json');
    const r = vanthu('import', FIXTURE, '-o', out);
    expect(r.status).toBe(0);
    const draft = parseDraft(fs.readFileSync(out, 'utf8'));
    expect(draft.ok).toBe(true);
    expect(r.stdout).toContain('(loại văn bản: ket-luan)');
    expect(r.stdout).toContain('Đã sửa — Phần đầu văn bản (đoạn 3 của tệp Word): Bỏ dấu hai chấm sau "Số" (văn bản của Đảng viết "Số 04-NQ/TU").');
    expect(r.stdout).toContain('Ngày "ngày 05 tháng 03 năm 2026" → "ngày 05 tháng 3 năm 2026" (Tháng từ 3 đến 9 không viết số 0 đứng trước');
    expect(r.stdout).toContain('Đổi "TM." (cách viết của văn bản nhà nước) thành "T/M".');
    expect(r.stdout).toContain('"BÍ THƯ TỈNH ỦY" → "BÍ THƯ"');
    expect((fs.statSync(out).mode & 0o777).toString(8)).toBe('600');
  });

  it('never writes over its input', () => {
    const copy = path.join(dir, 'copy.docx');
    fs.copyFileSync(FIXTURE, copy);
    const r = vanthu('import', copy, '-o', copy);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(copy)).toEqual(fs.readFileSync(FIXTURE));
  });

  it('a missing file exits 1 and writes nothing', () => {
    const out = path.join(dir, 'none.json');
    const r = vanthu('import', path.join(dir, 'khong-co.docx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không tìm thấy tệp');
    expect(fs.existsSync(out)).toBe(false);
  });
});
