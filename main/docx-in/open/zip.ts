/**
 * A bounded zip reader for Word packages: reads the central directory, then inflates only the
 * entries asked for, through fflate (the project's one zip library) in small pushes, stopping as
 * soon as an entry passes its declared size or the limits of open/limits.ts. Encrypted entries,
 * zip64 and methods other than stored/deflate are refused; a directory pointing past the end of the
 * file is taken for a truncated file.
 */
import { Inflate } from 'fflate';
import { DOCX_LIMITS } from './limits';
import { refusal } from './messages';
import type { ByteSource } from './source';

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
/** Compressed bytes given to the inflater at a time: its output per push stays under ~16 MB (deflate's ratio ≤ 1032). */
const PUSH = 16 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const NAME_DECODER = new TextDecoder('utf-8');

/** Reads the central directory of a zip; `label` names the file in refusals. */
export function readDirectory(src: ByteSource, label: string): ZipEntry[] {
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tail = src.read(src.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (u32(tail, i) === EOCD_SIG) { eocd = i; break; }
  }
  if (eocd < 0) throw refusal.truncated(label);
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw refusal.unsupported(label, 'zip64');
  if (count > DOCX_LIMITS.maxEntries) throw refusal.bomb(label, `${count} mục trong gói`);
  if (cdOffset + cdSize > src.size - tailLength + eocd) throw refusal.truncated(label);
  const cd = src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  let declaredTotal = 0;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > cd.length || u32(cd, p) !== CEN_SIG) throw refusal.truncated(label);
    const nameLength = u16(cd, p + 28);
    const entry: ZipEntry = {
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      compressedSize: u32(cd, p + 20),
      declaredSize: u32(cd, p + 24),
      localOffset: u32(cd, p + 42),
      name: NAME_DECODER.decode(cd.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw refusal.unsupported(label, 'zip64');
    }
    declaredTotal += entry.declaredSize;
    entries.push(entry);
    p += 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
  }
  if (declaredTotal > DOCX_LIMITS.maxDeclaredTotalBytes) {
    const biggest = entries.reduce((a, b) => (b.declaredSize > a.declaredSize ? b : a));
    throw refusal.bomb(label, biggest.name);
  }
  return entries;
}

/** Whether an entry's declared sizes already say it is a bomb (too large, or compressed beyond any real XML). */
function declaredBomb(e: ZipEntry, maxBytes: number): boolean {
  if (e.declaredSize > maxBytes) return true;
  return e.declaredSize > DOCX_LIMITS.ratioFloorBytes && e.declaredSize > DOCX_LIMITS.maxRatio * Math.max(1, e.compressedSize);
}

/**
 * Inflates one entry, refusing it when it is encrypted, when its declared size is too large or its
 * ratio abnormal, or when inflating passes `maxBytes` or its declared size (the inflater is stopped
 * there: memory never holds more than `maxBytes` plus one push).
 */
export function inflateEntry(src: ByteSource, e: ZipEntry, label: string, maxBytes: number = DOCX_LIMITS.maxPartBytes): Uint8Array {
  if (e.flags & 1) throw refusal.encrypted(label);
  if (declaredBomb(e, maxBytes)) throw refusal.bomb(label, e.name);
  const local = src.read(e.localOffset, 30);
  if (local.length < 30) throw refusal.truncated(label);
  if (u32(local, 0) !== LOC_SIG) throw refusal.damaged(label, e.name);
  const start = e.localOffset + 30 + u16(local, 26) + u16(local, 28);
  if (start + e.compressedSize > src.size) throw refusal.truncated(label);
  const data = src.read(start, e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.declaredSize) throw refusal.damaged(label, e.name);
    return data;
  }
  if (e.method !== 8) throw refusal.unsupported(label, `phương thức nén ${e.method} ở phần "${e.name}"`);
  const limit = Math.min(maxBytes, e.declaredSize);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw refusal.bomb(label, e.name);
    if (chunk.length) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let off = 0; off < data.length; off += PUSH) {
      inflater.push(data.subarray(off, Math.min(data.length, off + PUSH)), off + PUSH >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof Error && err.name === 'UserError') throw err;
    throw refusal.damaged(label, e.name);
  }
  if (!ended || total !== e.declaredSize) throw refusal.damaged(label, e.name);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
