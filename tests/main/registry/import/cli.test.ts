import fs from 'node:fs';
import path from 'node:path';
/** `vanthu registry import` on a file and on PostgreSQL (the audit key of the latter in XDG_DATA_HOME, a scratch folder here). */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runRegistry } from '../../../../main/cli/registry';
import { FIXTURE_DIR } from '../../../fixtures/registers/make-fixtures';
import { ENGINES, useRegistryEngines } from '../engines';
import { ROOT, tmpDir } from '../helpers';

const engines = useRegistryEngines();
const savedHome = process.env.XDG_DATA_HOME;
beforeAll(() => { process.env.XDG_DATA_HOME = tmpDir('vanthu-import-cli-'); });
afterAll(() => {
  if (savedHome === undefined) delete process.env.XDG_DATA_HOME;
  else process.env.XDG_DATA_HOME = savedHome;
});

let out: string[];
let err: string[];
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

async function run(...argv: string[]): Promise<number> {
  out = []; err = [];
  return runRegistry(argv);
}

describe.each(ENGINES)('vanthu registry import on %s', (engine) => {
  it('previews by default (nothing written), writes with --apply', async () => {
    const { location: db } = engines.location(engine);
    expect(await run('init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2020–2025', '--start', '2020-10-15')).toBe(0);
    const file = path.join(FIXTURE_DIR, '02-hai-dong-tieu-de.xlsx');
    expect(await run('import', file, '--db', db)).toBe(0);
    expect(out.join('\n')).toBe([
      'Trang "Sheet1": sổ văn bản đi, tiêu đề cột ở dòng 3, 3 dòng.',
      '  Dòng 5: sẽ nhập 01-NQ/TU  05/03/2024  Nghị quyết về phát triển kinh tế biển',
      '  Dòng 6: sẽ nhập 02-CV/TU  12/03/2024  Công văn về việc chuẩn bị đại hội',
      '  Dòng 7: sẽ nhập 15-QĐ/TU  03/04/2024  Quyết định thành lập Ban Chỉ đạo',
      'Xem trước: sẽ nhập 3 dòng, từ chối 0 dòng. Chưa ghi gì vào sổ; chạy lại với --apply để nhập.',
    ].join('\n'));
    expect(await run('out', 'list', '--db', db, '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([]);
    expect(await run('import', file, '--apply', '--db', db)).toBe(0);
    expect(out.join('\n')).toMatch(/\n {2}Dòng 7: đã nhập 15-QĐ\/TU {2}03\/04\/2024 {2}Quyết định thành lập Ban Chỉ đạo\nĐã nhập 3 dòng vào sổ \(một lần ghi\), từ chối 0 dòng\.$/u);
    expect(await run('out', 'list', '--db', db, '--json')).toBe(0);
    expect((JSON.parse(out.join('\n')) as { number: string }[]).map((e) => e.number).sort()).toEqual(['01-NQ/TU', '02-CV/TU', '15-QĐ/TU']);
  });

  it('exits 1 with the Vietnamese reason for a file that holds no register', async () => {
    const dir = tmpDir();
    const { location: db } = engines.location(engine);
    expect(await run('init', '--db', db)).toBe(0);
    const file = path.join(dir, 'ghi-chu.csv');
    fs.writeFileSync(file, 'Ghi chú\nSổ cũ đã chuyển sang máy khác\n');
    expect(await run('import', file, '--apply', '--db', db)).toBe(1);
    expect(err.join('\n')).toMatch(/Không nhập được tệp "ghi-chu\.csv"\. Không tìm thấy dòng tiêu đề cột của sổ/u);
  });
});
