/**
 * What leaves the dispatcher: a UserError's Vietnamese message without absolute paths, and for
 * anything unexpected a general Vietnamese message (the detail goes to stderr only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../common/api';
import { closeRegistry, createContext, type Handlers } from '../../../main/services';
import { dispatch, scrubPaths } from '../../../main/services/dispatch';

const ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-dispatch-')), 'web');
afterAll(() => {
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

describe('dispatch', () => {
  it('turns an unexpected failure into a general Vietnamese message and logs the detail', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers: Handlers = {
      'app.info': () => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${ctx.dataDir}/vanthu.db' at Database.prepare`), { code: 'SQLITE_WEIRD' });
      },
    };
    const r = await dispatch(handlers, ctx, 'app.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(/^Lỗi không mong muốn khi "[^"]+"\./);
    expect(message).not.toMatch(/EACCES|permission|Database|vanthu\.db|\//);
    expect(log).toHaveBeenCalled();
    expect(String(log.mock.calls[0]?.[1])).toContain('EACCES');
    log.mockRestore();
  });

  it('tells a full disk as a problem of the machine, in Vietnamese and without paths', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers: Handlers = {
      'app.info': () => {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${ctx.dataDir}/exports/a.docx'`), { code: 'ENOSPC' });
      },
    };
    const r = await dispatch(handlers, ctx, 'app.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'not-available' } });
    const message = r.ok ? '' : r.error.message;
    expect(message).toContain('ổ đĩa đã đầy');
    expect(message).not.toMatch(/ENOSPC|no space|\//);
    log.mockRestore();
  });

  it('keeps a UserError message but replaces absolute paths by base names', async () => {
    const handlers: Handlers = {
      'app.info': () => {
        throw new UserError('conflict', `Tệp "${ctx.dataDir}/backups/vanthu-2026.db" đã có; chọn tên khác.`);
      },
    };
    const r = await dispatch(handlers, ctx, 'app.info', {});
    expect(r).toEqual({ ok: false, error: { code: 'conflict', message: 'Tệp "vanthu-2026.db" đã có; chọn tên khác.' } });
  });

  it('does not echo the absolute path of a refused path field', async () => {
    const r = await dispatch({}, ctx, 'backup.restore', { file: '/etc/shadow' });
    expect(r).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
    expect(r.ok ? '' : r.error.message).toContain('"shadow"');
    expect(r.ok ? '' : r.error.message).not.toContain('/etc');
  });
});

describe('scrubPaths', () => {
  it('replaces POSIX and Windows absolute paths and leaves document numbers and dates alone', () => {
    expect(scrubPaths('Không ghi được /home/van/.local/share/vanthu/exports/a.docx: đầy')).toBe('Không ghi được a.docx: đầy');
    expect(scrubPaths('Tệp (C:\\Users\\van\\AppData\\x.db) lỗi')).toBe('Tệp (x.db) lỗi');
    expect(scrubPaths('Số 04-NQ/TU ngày 05/9/2026 ./. và 1 / 2')).toBe('Số 04-NQ/TU ngày 05/9/2026 ./. và 1 / 2');
  });
});
