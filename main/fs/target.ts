/**
 * The check made before anything irreversible (a register number taken, a long render): the file the
 * user named can be written. Its folder exists (or is created), is a folder and accepts a new file,
 * the disk has room, and the file is neither a folder nor one of the inputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api/errors';
import { ensureFreeSpace, lowerFirst, refuseInputs, tempNameFor, writeFileAtomic, type AtomicWriteOptions } from './atomic';
import { environmentError } from './environment-error';

/** Options of checkOutputTarget. */
export interface TargetOptions extends AtomicWriteOptions {
  /** Bytes the write will need (checked against the free space, plus a margin). */
  needed?: number;
  /** Create the folder (and parents) when missing, as `vanthu export` always did. */
  createDir?: boolean;
}

/** Throws a Vietnamese UserError when `file` cannot be written; returns its absolute path. */
export function checkOutputTarget(file: string, opts: TargetOptions = {}): string {
  const abs = path.resolve(file);
  const label = opts.label ?? 'Tệp ghi ra';
  const action = `Không ghi được ${lowerFirst(label)}`;
  refuseInputs(abs, opts);
  const dir = path.dirname(abs);
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  if (fs.existsSync(existing) && !fs.statSync(existing).isDirectory()) {
    throw new UserError('invalid-input', `${action} "${path.basename(abs)}": "${path.basename(existing)}" là một tệp chứ không phải thư mục.`);
  }
  if (opts.createDir) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw environmentError(e, `Không tạo được thư mục chứa ${lowerFirst(label)}`, file) ?? e;
    }
  }
  const folder = fs.statSync(dir, { throwIfNoEntry: false });
  if (!folder) throw new UserError('not-found', `${action} "${path.basename(abs)}": thư mục "${path.basename(dir)}" không tồn tại.`);
  if (!folder.isDirectory()) throw new UserError('invalid-input', `${action} "${path.basename(abs)}": "${path.basename(dir)}" là một tệp chứ không phải thư mục.`);
  if (fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError('invalid-input', `${action}: "${path.basename(abs)}" là một thư mục; hãy ghi tên tệp, ví dụ van-ban.docx.`);
  }
  const probe = tempNameFor(abs);
  try {
    fs.closeSync(fs.openSync(probe, 'wx', 0o600));
    fs.rmSync(probe, { force: true });
  } catch (e) {
    try { fs.rmSync(probe, { force: true }); } catch { /* nothing was created */ }
    throw environmentError(e, action, file) ?? e;
  }
  ensureFreeSpace(abs, opts.needed ?? 0, label);
  return abs;
}

/**
 * Writes `data` to `file` the safe way: checkOutputTarget (with the data's size), then
 * writeFileAtomic. Every problem of the environment becomes a Vietnamese UserError; an old file of
 * that name stays intact when anything fails. Returns the absolute path.
 */
export function writeOutputFile(file: string, data: Uint8Array | string, opts: TargetOptions = {}): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const abs = checkOutputTarget(file, { ...opts, needed: Math.max(opts.needed ?? 0, bytes.byteLength) });
  try {
    writeFileAtomic(abs, bytes, opts);
  } catch (e) {
    throw environmentError(e, `Không ghi được ${lowerFirst(opts.label ?? 'Tệp ghi ra')}`, file) ?? e;
  }
  return abs;
}
