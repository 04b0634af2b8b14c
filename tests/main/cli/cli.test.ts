import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docx } from '../../helpers/ooxml';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-cli-'));
const vanthu = (...args: string[]) => spawnSync(process.execPath, [path.resolve('bin/vanthu.cjs'), ...args], { cwd: dir, encoding: 'utf8' });

describe('the vanthu command', () => {
  it('lists the templates', () => {
    const r = vanthu('templates');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^nghi-quyet\s+Nghị quyết$/m);
    expect(r.stdout).toMatch(/^cong-van\s+Công văn$/m);
  });

  it('creates a numbered draft with an organisation and exports it', () => {
    const org = JSON.parse(readFileSync('templates/organisation.default.json', 'utf8'));
    writeFileSync(path.join(dir, 'org.json'), JSON.stringify({ ...org, name: 'Đảng ủy xã An Hòa', symbol: 'ĐU', place: 'An Hòa', kind: 'cap-uy' }));
    expect(vanthu('new', 'ket-luan', '--org', 'org.json', '--number', '7', '--date', '05/9/2026', '-o', 'kl.json').status).toBe(0);
    const r = vanthu('export', 'kl.json', '-o', 'kl.docx');
    expect(r.status, r.stderr).toBe(0);
    const xml = new Docx(readFileSync(path.join(dir, 'kl.docx'))).text('word/document.xml');
    expect(xml).toContain('Số 07-KL/ĐU');
    expect(xml).toContain('An Hòa, ngày 05 tháng 9 năm 2026');
    expect(xml).toContain('ĐẢNG ỦY XÃ AN HÒA');
  });

  it.each([
    [['new', 'khong-co'], /Không có mẫu văn bản "khong-co"/],
    [['new', 'ket-luan', '--number', '4a', '--date', '06/3/2026'], /số thứ tự chỉ gồm chữ số/],
    [['new', 'ket-luan', '--number', '04', '--date', '31/02/2026'], /Ngày 31\/02\/2026 không có trên lịch/],
    [['export', 'khong-co.json'], /Không đọc được tệp bản thảo/],
    [['lenh-la'], /Không có lệnh "lenh-la"/],
  ])('answers bad input %j with a message and exit code 1', (args, message) => {
    const r = vanthu(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('names the field of a bad draft', () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"format":"vanthu-draft",');
    expect(vanthu('export', 'bad.json').stderr).toMatch(/không phải JSON hợp lệ/);
    expect(vanthu('new', 'nghi-quyet', '-o', 'nq.json').status).toBe(0);
    const d = JSON.parse(readFileSync(path.join(dir, 'nq.json'), 'utf8'));
    d.doc.content[0].attrs.issuer = '';
    writeFileSync(path.join(dir, 'empty.json'), JSON.stringify(d));
    const r = vanthu('export', 'empty.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Tên cơ quan ban hành \(header\.issuer\) chưa được điền/);
  });
});
