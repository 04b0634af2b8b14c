/**
 * Downloads and uploads of the local host. A download names a file the server produced (checked by
 * the same contract and path guard as `files.saveAs`); an upload is stored under a generated name in
 * the uploads folder, with a size limit. No path from the browser is ever used as is, and every
 * I/O failure becomes a Vietnamese UserError (never an exception that could stop the host).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS, UserError } from '../../common/api';
import { environmentError, ensurePrivateDir, writeFileAtomic } from '../fs';
import { folders, prepare, type ServiceContext } from '../services';
import { SECURITY_HEADERS, readBody } from './http-util';

/** Parses a JSON request body; malformed JSON is the caller's mistake. */
export function parseJson(body: Buffer): unknown {
  try {
    const text = body.toString('utf8');
    return text ? JSON.parse(text) : {};
  } catch {
    throw new UserError('invalid-input', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
}

/** Opens `file` for reading and checks it is a regular file; I/O errors become UserErrors. */
async function openRegularFile(file: string): Promise<{ handle: fs.promises.FileHandle; size: number }> {
  const action = 'Không đọc được tệp';
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('not-found', `Tệp "${path.basename(file)}" không còn trên máy; hãy xuất lại.`);
    throw environmentError(e, action, file) ?? e;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError('invalid-input', `"${path.basename(file)}" là một thư mục chứ không phải tệp; hãy chọn một tệp.`);
    return { handle, size: stat.size };
  } catch (e) {
    await handle.close();
    throw environmentError(e, action, file) ?? e;
  }
}

/** POST /api/download {file, name}: sends the file as an attachment. */
export async function download(req: IncomingMessage, res: ServerResponse, ctx: ServiceContext): Promise<void> {
  const payload = parseJson(await readBody(req, 64 * 1024));
  const { file, name } = prepare('files.saveAs', payload, ctx) as { file: string; name: string };
  const { handle, size } = await openRegularFile(file);
  const stream = handle.createReadStream();
  stream.on('error', (e) => {
    console.error('[vanthu host] download failed while sending:', e);
    res.destroy();
  });
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
  stream.pipe(res);
}

/** Extensions accepted by uploads. */
const UPLOAD_TYPES = ['.pdf', '.docx', '.doc', '.jpg', '.jpeg', '.png', '.tif', '.tiff', '.db', '.xlsx', '.csv'];

/** POST /api/upload?name=…: stores the body under a generated name; returns {file, name}. */
export async function upload(req: IncomingMessage, ctx: ServiceContext, url: URL): Promise<{ file: string; name: string }> {
  const original = (url.searchParams.get('name') ?? 'tep').replace(/[/\\:*?"<>|\0]/g, '_').slice(0, 120);
  const ext = path.extname(original).toLowerCase();
  if (!UPLOAD_TYPES.includes(ext)) {
    req.resume();
    throw new UserError('invalid-input', 'Chỉ nhận tệp PDF, DOCX, DOC, ảnh quét (JPG, PNG, TIFF), bản sao lưu (.db) hoặc sổ lưu bằng Excel (.xlsx, .csv).');
  }
  const bytes = await readBody(req, LIMITS.uploadBytes);
  const dir = folders(ctx.dataDir).uploads;
  const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(4).toString('hex')}${ext}`);
  try {
    ensurePrivateDir(dir);
    writeFileAtomic(file, bytes);
  } catch (e) {
    throw environmentError(e, `Không lưu được tệp tải lên "${original}"`) ?? e;
  }
  return { file, name: original };
}
