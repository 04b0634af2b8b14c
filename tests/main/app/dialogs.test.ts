/** Native file dialogs (electron mocked): saving copies our file, opening copies the chosen one into uploads. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { electronMock } from './electron-mock';

const mock = electronMock();
vi.mock('electron', () => mock);
const { nativeFiles } = await import('../../../main/app/dialogs');

const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-dialogs-'));
const files = nativeFiles(data, () => undefined);

it('saves a copy where the user chose, or nothing when cancelled', async () => {
  const src = path.join(data, 'a.docx');
  fs.writeFileSync(src, 'PK');
  const dest = path.join(data, 'chosen.docx');
  mock.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: dest });
  expect(await files.saveAs(src, 'Nghị quyết.docx')).toEqual({ saved: true });
  expect(fs.readFileSync(dest, 'utf8')).toBe('PK');
  expect(mock.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Nghị quyết.docx', title: 'Lưu tệp' });
  mock.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
  expect(await files.saveAs(src, 'x.docx')).toEqual({ saved: false });
});

it('copies an opened file into uploads under a generated name, with its original name returned', async () => {
  const chosen = path.join(os.tmpdir(), 'Công văn 88.PDF');
  fs.writeFileSync(chosen, '%PDF');
  mock.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
  const r = await files.open('attachment');
  expect(r.name).toBe('Công văn 88.PDF');
  expect(path.dirname(r.file ?? '')).toBe(path.join(data, 'uploads'));
  expect(r.file).toMatch(/\.pdf$/);
  mock.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
  expect(await files.open('backup')).toEqual({ file: null, name: '' });
  fs.rmSync(chosen);
});
