/**
 * `vanthu check` as a user runs it (bin/vanthu.cjs in a child process): exit 0 and "Không thấy lỗi"
 * for a vanthu export, exit 1 with one line per finding for a fixture, `--json` for tools, exit 2
 * with a Vietnamese reason for a file that is not a Word document or does not exist.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-check-cli-'));
const fixture = (name: string) => path.resolve('tests/fixtures/docx-errors', name);
const vanthu = (...args: string[]) => spawnSync(process.execPath, [path.resolve('bin/vanthu.cjs'), ...args], { cwd: dir, encoding: 'utf8' });

describe('vanthu check', () => {
  it('exits 0 on a clean vanthu export', () => {
    const r = vanthu('check', fixture('00-sach-hd36.docx'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('Kiểm tra thể thức "00-sach-hd36.docx" theo Hướng dẫn 36-HD/VPTW (2018):\nKhông thấy lỗi thể thức.\n');
  });

  it('exits 1 with one line per finding', () => {
    const r = vanthu('check', fixture('11-noi-nhan-dam-nghieng.docx'));
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(1, -1)).toEqual([
      '[lỗi] Nơi nhận: "Nơi nhận:" in đậm (đoạn 38 của tệp). — Quy định: "Nơi nhận:": cỡ 14 pt, không đậm, đứng, gạch chân.',
      '[lỗi] Nơi nhận: "Nơi nhận:" in nghiêng (đoạn 38 của tệp). — Quy định: "Nơi nhận:": cỡ 14 pt, không đậm, đứng, gạch chân.',
      '[lỗi] Nơi nhận: "Nơi nhận:" không gạch chân (đoạn 38 của tệp). — Quy định: "Nơi nhận:": cỡ 14 pt, không đậm, đứng, gạch chân.',
    ]);
    expect(lines.at(-1)).toBe('Tổng cộng: 3 lỗi.');
  });

  it('gives JSON with --json', () => {
    const r = vanthu('check', '--json', fixture('01-kho-giay-letter.docx'));
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.findings).toEqual([{ code: 'page-size', severity: 'error', part: 'page', message: 'Khổ giấy 215,9 × 279,4 mm.', wants: 'Khổ A4 đứng 210 × 297 mm.' }]);
    expect(j.fields.senderNumber).toBe('04-NQ/TU');
  });

  it('exits 2 with a Vietnamese reason on a file it cannot read', () => {
    fs.writeFileSync(path.join(dir, 'thu.docx'), 'Kính gửi các đồng chí');
    const text = vanthu('check', 'thu.docx');
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/thu\.docx/);
    expect(text.stderr).not.toMatch(/Lỗi nội bộ/);
    const missing = vanthu('check', 'khong-co.docx');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/khong-co\.docx/);
  });

  it('exits 1 when no file is named', () => {
    const r = vanthu('check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Hãy ghi đúng một tệp Word cần kiểm tra.');
  });
});
