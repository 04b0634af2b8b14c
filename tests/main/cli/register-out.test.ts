/**
 * `vanthu registry out register -o`: when the number is committed and the copy to -o still fails
 * (the folder vanished, the disk filled meanwhile), the message says the number WAS given and where
 * the registered DOCX is kept (exit 1); it is never reported as an internal error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../common/api/errors';
import { outCommand } from '../../../main/registry/commands/outgoing';
import type { RegistryService } from '../../../main/registry/service';
import type { OutEntry } from '../../../main/registry/types';
import { filledDraft } from '../../helpers/filled-draft';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-register-out-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('out register -o after the number is given', () => {
  it('says the number was given and where the DOCX is kept when the copy fails', async () => {
    const dataDir = path.join(dir, 'so-files');
    fs.mkdirSync(path.join(dataDir, 'di', '2026'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'di', '2026', 'abc.docx'), 'PK registered');
    const outDir = path.join(dir, 'ra');
    fs.mkdirSync(outDir);
    const draft = path.join(dir, 'du-thao.json');
    fs.writeFileSync(draft, JSON.stringify(filledDraft('nghi-quyet')));
    let numbered = false;
    const reg = {
      path: path.join(dir, 'so.db'), dataDir,
      registerDocument: async () => {
        numbered = true;
        fs.rmSync(outDir, { recursive: true }); // the folder disappears after the pre-check
        return { number: '01-NQ/TU', date: '2026-03-06', filePath: 'di/2026/abc.docx', sha256: 'x' } as OutEntry;
      },
    } as unknown as RegistryService;
    const run = outCommand(reg, { positionals: ['register', draft], out: path.join(outDir, 'nq.docx'), date: '2026-03-06' });
    const e = await run.catch((err: unknown) => err);
    expect(numbered).toBe(true);
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toMatch(/^Đã cấp số 01-NQ\/TU ngày 2026-03-06 và đã vào sổ, nhưng không ghi được tệp DOCX "nq.docx": thư mục hoặc tệp không tồn tại\. /);
    expect((e as Error).message).toContain(path.join(dataDir, 'di', '2026', 'abc.docx'));
    expect((e as Error).message).toMatch(/KHÔNG cấp số lại/);
  });

  it('checks -o before asking for a number', async () => {
    let numbered = false;
    const reg = { path: path.join(dir, 'so.db'), dataDir: dir, registerDocument: async () => { numbered = true; } } as unknown as RegistryService;
    const draft = path.join(dir, 'du-thao.json');
    await expect(outCommand(reg, { positionals: ['register', draft], out: path.join(draft, 'x.docx') })).rejects.toThrow(/là một tệp chứ không phải thư mục/);
    await expect(outCommand(reg, { positionals: ['register', draft], out: dir })).rejects.toThrow(/là một thư mục/);
    expect(numbered).toBe(false);
  });
});
