/**
 * Atomic file writes: a temporary file in the same folder, fsync, rename over the target, fsync of
 * the folder. A failure at any moment (SIGKILL, full disk, read-only folder) leaves the old file
 * intact and no partial file behind. Output may never be the input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api/errors';
import { PRIVATE_FILE_MODE } from './private';

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** Files this write was made from; writing over one of them is refused. */
  inputs?: string[];
  /** Vietnamese name of the output for messages ("Tệp DOCX xuất ra"). */
  label?: string;
  /** File mode; private (0600) by default. */
  mode?: number;
}

/** True when `a` and `b` name the same file (same path, or same inode when both exist). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** fsyncs a folder so a rename in it survives a power loss (no-op where folders cannot be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A temporary name next to `file`, unique to this process and call. */
export function tempNameFor(file: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${rand}.tmp`);
}

/** Throws the Vietnamese UserError when `file` is one of `opts.inputs` (writing would destroy it). */
export function refuseInputs(file: string, opts: AtomicWriteOptions): void {
  for (const input of opts.inputs ?? []) {
    if (sameFile(file, input)) {
      throw new UserError('invalid-input',
        `${opts.label ?? 'Tệp ghi ra'} "${path.basename(file)}" trùng với tệp đầu vào; hãy chọn tên tệp khác để không ghi đè lên nó.`);
    }
  }
}

/**
 * Writes `data` to `file` atomically. Throws a UserError when `file` is one of `opts.inputs`;
 * any I/O error is thrown as is (map it with environmentError) after the temp file is removed.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): void {
  refuseInputs(file, opts);
  const tmp = tempNameFor(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', opts.mode ?? PRIVATE_FILE_MODE);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    throw e;
  }
  fsyncDir(path.dirname(file));
}

/** Copies `source` to `target` atomically (same guarantees as writeFileAtomic). */
export function copyFileAtomic(source: string, target: string, opts: AtomicWriteOptions = {}): void {
  refuseInputs(target, { ...opts, inputs: [source, ...(opts.inputs ?? [])] });
  const tmp = tempNameFor(target);
  try {
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, opts.mode ?? PRIVATE_FILE_MODE);
    const fd = fs.openSync(tmp, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    throw e;
  }
  fsyncDir(path.dirname(target));
}

/** Free bytes on the file system holding `dir`, or Infinity where it cannot be read. */
export function freeBytes(dir: string): number {
  try {
    const st = fs.statfsSync(dir);
    return Number(st.bavail) * Number(st.bsize);
  } catch {
    return Infinity;
  }
}

/** "Tệp DOCX" -> "tệp DOCX": a label placed inside a sentence. */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Bytes kept free on top of what a write needs, so the database and the system keep room. */
export const FREE_SPACE_MARGIN = 1024 * 1024;

/** Throws a Vietnamese UserError when the folder of `file` has less than `needed` bytes free (plus FREE_SPACE_MARGIN). */
export function ensureFreeSpace(file: string, needed: number, label = 'Tệp ghi ra'): void {
  const free = freeBytes(path.dirname(path.resolve(file)));
  if (free < needed + FREE_SPACE_MARGIN) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new UserError('not-available',
      `Ổ đĩa không đủ chỗ để ghi ${lowerFirst(label)} "${path.basename(file)}": cần khoảng ${mb(needed)} MB, còn ${mb(Math.max(free, 0))} MB. Hãy giải phóng dung lượng rồi thử lại.`);
  }
}
