import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filledDraft } from '../../helpers/filled-draft';
import { registryCli } from './cli-harness';
import { ROOT, tmpDir } from './helpers';

const cli = registryCli();
const run = cli.run;

describe('vanthu registry (CLI)', () => {
  it('runs the whole cycle with exit code 0 and Vietnamese output', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'so.db');
    const org = path.join(ROOT, 'templates/organisation.default.json');
    expect(await run('init', '--db', db, '--org', org, '--term', '2025–2030', '--start', '2025-10-15')).toBe(0);
    expect(cli.out.join('\n')).toMatch(/sổ văn bản đi mã 1/);
    const draft = path.join(dir, 'du-thao.json');
    fs.writeFileSync(draft, JSON.stringify(filledDraft('nghi-quyet')));
    expect(await run('out', 'register', draft, '-o', path.join(dir, 'nq.docx'), '--db', db, '--date', '2026-03-06')).toBe(0);
    expect(cli.out[0]).toMatch(/^Đã cấp số 01-NQ\/TU ngày 2026-03-06/);
    expect(await run('out', 'reserve', '--type', 'NQ', '--db', db, '--date', '2026-03-07')).toBe(0);
    expect(cli.out[0]).toBe('Đã giữ số 02-NQ/TU (mã 2).');
    expect(await run('out', 'cancel', '02-NQ/TU', '--reason', 'Không ban hành', '--db', db)).toBe(0);
    const entry = path.join(dir, 'den.json');
    fs.writeFileSync(entry, JSON.stringify({ receivedDate: '2026-03-10', sender: 'Tỉnh ủy Hà Nam', senderNumber: '88-KL/TU', summary: 'Kết luận', deadline: '2026-03-12' }));
    expect(await run('in', 'add', entry, '--attach', draft, '--db', db)).toBe(0);
    expect(cli.out[0]).toBe('Đã vào sổ: số đến 1 (2026), 1 tệp đính kèm.');
    expect(await run('in', 'list', '--overdue', '--db', db)).toBe(0);
    expect(cli.out[0]).toMatch(/Số đến 1\/2026/);
    expect(await run('in', 'status', '1', 'đang xử lý', '--db', db)).toBe(0);
    expect(cli.out[0]).toBe('Văn bản đến số 1/2026: đang xử lý.');
    expect(await run('in', 'status', '1', 'xong', '--db', db)).toBe(1);
    expect(await run('search', '88-KL/TU', '--db', db)).toBe(0);
    expect(cli.out[0]).toMatch(/88-KL\/TU/);
    expect(await run('audit', 'verify', '--db', db)).toBe(0);
    expect(cli.out[0]).toMatch(/^Nhật ký nguyên vẹn/);
    for (const kind of ['out', 'in', 'follow-up']) {
      const file = path.join(dir, `${kind}.xlsx`);
      expect(await run('print', kind, '--from', '2026-01-01', '--to', '2026-12-31', '-o', file, '--db', db)).toBe(0);
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
    expect(await run('print', 'out', '--from', '2026-01-01', '--to', '2026-12-31', '-o', path.join(dir, 'out.docx'), '--db', db)).toBe(0);
    const bk = path.join(dir, 'bk.db');
    expect(await run('backup', bk, '--db', db)).toBe(0);
    expect(await run('restore', bk, '--db', db)).toBe(0);
    expect(cli.out[0]).toMatch(/Tệp cũ được giữ lại ở/);
    expect(await run('books', '--db', db)).toBe(0);
    expect(cli.out[0]).toMatch(/\[1\] TỈNH ỦY NINH BÌNH \(TU\) — nhiệm kỳ 2025–2030/);
  });

  it('exits 1 with a Vietnamese message on user errors', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'so.db');
    expect(await run('books', '--db', db)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/Không tìm thấy tệp sổ đăng ký[\s\S]*vanthu registry init/);
    expect(fs.existsSync(db)).toBe(false);
    expect(await run('init', '--db', db)).toBe(0);
    expect(await run('out', 'cancel', '09-NQ/TU', '--reason', 'x', '--db', db)).toBe(1);
    expect(cli.err[0]).toMatch(/Không có số 09-NQ\/TU/);
    expect(await run('out', 'cancel', '09-NQ/TU', '--db', db)).toBe(1);
    expect(cli.err[0]).toBe('Thiếu lý do hủy số (--reason).');
    expect(await run('lam-gi', '--db', db)).toBe(1);
    expect(await run('books', '--khong-co', '--db', db)).toBe(1);
    expect(cli.err[0]).toMatch(/^Tùy chọn không hợp lệ: --khong-co\n/);
    const text = path.join(dir, 'van-ban.db');
    fs.writeFileSync(text, 'không phải SQLite');
    expect(await run('books', '--db', text)).toBe(1);
    expect(cli.err[0]).toMatch(/không phải cơ sở dữ liệu SQLite/);
    expect(fs.readFileSync(text, 'utf8')).toBe('không phải SQLite');
  });

  it('returns the exit code from the real command', () => {
    const dir = tmpDir();
    const bin = path.join(ROOT, 'bin/vanthu.cjs');
    const ok = spawnSync(process.execPath, [bin, 'registry', 'init', '--db', path.join(dir, 'a.db')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'registry', 'audit', 'verify', '--db', path.join(dir, 'none.db')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Không tìm thấy tệp sổ đăng ký/);
  });
});
