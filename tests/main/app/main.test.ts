/** main.ts with `electron` mocked: a single instance; the app:// scheme; when ready, menu, IPC and the window. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronMock, rec } from './electron-mock';

const mock = electronMock();
vi.mock('electron', () => mock);
process.env.VANTHU_TEST_USERDATA = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-main-'));
process.env.VANTHU_DATA = process.env.VANTHU_TEST_USERDATA;

describe('main', () => {
  it('quits when another instance holds the lock', async () => {
    mock.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../main/app/main');
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
  });

  it('sets up the menu, every IPC domain and the window once ready', async () => {
    vi.resetModules();
    mock.app.whenReady.mockReturnValueOnce(Promise.resolve());
    await import('../../../main/app/main');
    await new Promise((r) => setTimeout(r, 0));
    expect(mock.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(rec.handlers.size).toBeGreaterThan(15);
    expect(rec.windows).toHaveLength(1);
    expect(rec.windows[0]?.loaded).toBe('app://vanthu/index.html');
    expect(rec.schemes).toContainEqual(expect.objectContaining({ scheme: 'app' }));
    expect(rec.protocols.has('app')).toBe(true);
    expect(rec.appEvents.has('second-instance')).toBe(true);
  });
});
