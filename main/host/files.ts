/**
 * Downloads and uploads of the local host. A download names a file the server produced (checked by
 * the same contract and path guard as `files.saveAs`); an upload is stored under a generated name in
 * the uploads folder, with a size limit. No path from the browser is ever used as is.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS, UserError } from '../../common/api';
import { folders, prepare, type ServiceContext } from '../services';
import { SECURITY_HEADERS, readBody } from './http-util';

/** POST /api/download {file, name}: sends the file as an attachment. */
export async function download(req: IncomingMessage, res: ServerResponse, ctx: ServiceContext): Promise<void> {
  const payload = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}') as unknown;
  const { file, name } = prepare('files.saveAs', payload, ctx) as { file: string; name: string };
  if (!fs.existsSync(file)) throw new UserError('not-found', 'Tệp không còn trên máy; hãy xuất lại.');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(fs.statSync(file).size),
    'Content-Disposition': `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
  fs.createReadStream(file).pipe(res);
}

/** POST /api/upload?name=…: stores the body under a generated name; returns {file, name}. */
export async function upload(req: IncomingMessage, ctx: ServiceContext, url: URL): Promise<{ file: string; name: string }> {
  const original = (url.searchParams.get('name') ?? 'tep').replace(/[/\\:*?"<>|\0]/g, '_').slice(0, 120);
  const ext = path.extname(original).toLowerCase();
  if (!['.pdf', '.docx', '.doc', '.jpg', '.jpeg', '.png', '.tif', '.tiff', '.db'].includes(ext)) {
    throw new UserError('invalid-input', 'Chỉ nhận tệp PDF, DOCX, DOC, ảnh quét (JPG, PNG, TIFF) hoặc bản sao lưu (.db).');
  }
  const bytes = await readBody(req, LIMITS.uploadBytes);
  const dir = folders(ctx.dataDir).uploads;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(4).toString('hex')}${ext}`);
  fs.writeFileSync(file, bytes);
  return { file, name: original };
}
