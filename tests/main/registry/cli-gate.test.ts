/**
 * `vanthu registry out register` refuses a draft that still holds template blanks or sample prose
 * (issue #11: "ngày ... tháng ... năm" was numbered 01-KL/TU): exit 1, the reasons in Vietnamese,
 * no number used — the next draft, once filled, gets 01.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { filledDraft } from '../../helpers/filled-draft';
import { registryCli } from './cli-harness';
import { ROOT, tmpDir } from './helpers';

const cli = registryCli();
const run = cli.run;

describe('vanthu registry out register: the issue gate', () => {
  it('refuses a draft with blanks (exit 1, Vietnamese reasons, no file), then numbers the filled one 01', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'so.db');
    expect(await run('init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2025–2030', '--start', '2025-10-15')).toBe(0);
    const blank = path.join(dir, 'ket-luan.json');
    fs.writeFileSync(blank, JSON.stringify(createDraft(findTemplate('ket-luan')!, defaultOrganisation())));
    const docx = path.join(dir, 'kl.docx');
    expect(await run('out', 'register', blank, '-o', docx, '--db', db, '--date', '2026-10-05')).toBe(1);
    expect(cli.err.join('\n')).toMatch(/^Chưa thể Cấp số: văn bản còn \d+ lỗi thể thức\. Còn chỗ trống của mẫu chưa điền: "hội nghị ngày \.\.\. tháng \.\.\. năm 2026, sau khi nghe" \(đoạn 1\)\./);
    expect(cli.out).toEqual([]);
    expect(fs.existsSync(docx)).toBe(false);

    const filled = path.join(dir, 'ket-luan-du.json');
    fs.writeFileSync(filled, JSON.stringify(filledDraft('ket-luan')));
    expect(await run('out', 'register', filled, '-o', docx, '--db', db, '--date', '2026-10-05')).toBe(0);
    expect(cli.out[0]).toMatch(/^Đã cấp số 01-KL\/TU ngày 2026-10-05/);
  });

  it('exits 1 from the real command too', () => {
    const dir = tmpDir();
    const db = path.join(dir, 'so.db');
    const bin = path.join(ROOT, 'bin/vanthu.cjs');
    const init = spawnSync(process.execPath, [bin, 'registry', 'init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json')], { encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const blank = path.join(dir, 'thong-bao.json');
    fs.writeFileSync(blank, JSON.stringify(createDraft(findTemplate('thong-bao')!, defaultOrganisation())));
    const r = spawnSync(process.execPath, [bin, 'registry', 'out', 'register', blank, '--db', db, '--date', '2026-10-05'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Chưa thể Cấp số: .*Còn chỗ trống của mẫu chưa điền: "Ngày \.\.\. tháng \.\.\. năm 2026/);
    expect(r.stdout).not.toMatch(/Đã cấp số/);
  });
});
