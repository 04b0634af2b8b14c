/**
 * The native file gateway of the desktop app: save dialogs copy a file the main process produced,
 * open dialogs copy the chosen file into the uploads folder (size-limited) and return that copy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { LIMITS, UserError } from '../../common/api';
import { folders, type FileGateway } from '../services';

const FILTERS = {
  attachment: [{ name: 'Văn bản, bản quét', extensions: ['pdf', 'docx', 'doc', 'jpg', 'jpeg', 'png', 'tif', 'tiff'] }],
  backup: [{ name: 'Bản sao lưu vanthu', extensions: ['db'] }],
  register: [{ name: 'Sổ lưu bằng Excel hoặc CSV', extensions: ['xlsx', 'csv'] }],
};

/** A FileGateway with native dialogs attached to the focused window. */
export function nativeFiles(dataDir: string, parent: () => BrowserWindow | undefined): FileGateway {
  return {
    async saveAs(file, name) {
      const win = parent();
      const opts = { title: 'Lưu tệp', defaultPath: name, buttonLabel: 'Lưu' };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return { saved: false };
      fs.copyFileSync(file, r.filePath);
      return { saved: true };
    },
    async open(kind) {
      const win = parent();
      const opts = { title: 'Chọn tệp', properties: ['openFile' as const], filters: FILTERS[kind], buttonLabel: 'Chọn' };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      const src = r.filePaths[0];
      if (r.canceled || !src) return { file: null, name: '' };
      if (fs.statSync(src).size > LIMITS.uploadBytes) {
        throw new UserError('too-large', `Tệp quá lớn (tối đa ${LIMITS.uploadBytes / 1048576} MB).`);
      }
      const dir = folders(dataDir).uploads;
      fs.mkdirSync(dir, { recursive: true });
      const copy = path.join(dir, `${Date.now()}-${crypto.randomBytes(4).toString('hex')}${path.extname(src).toLowerCase()}`);
      fs.copyFileSync(src, copy);
      return { file: copy, name: path.basename(src) };
    },
  };
}
