/**
 * Writing a zip package (DOCX, XLSX) deterministically: entries in the order given, each deflated by
 * zlib (./deflate) or stored, every entry with the same time, no data descriptors, no extra fields.
 * The layout is fflate's zipSync, byte for byte (a test compares the two on stored entries); fflate
 * cannot be used to write because it deflates with its own code and cannot take deflated data.
 * Reading zips stays with fflate (main/docx-in/open/zip.ts and the tests).
 */
import { crc32 } from 'node:zlib';
import { deflateRaw } from './deflate';

/** How the entries are written: deflated (packages) or stored (a package only parsed again). */
export type ZipMethod = 'deflate' | 'store';

/** One entry to write: its path in the package and its bytes. */
export type ZipInput = readonly [name: string, data: Uint8Array];

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** "Version needed to extract" 2.0 (deflate), as fflate writes it. */
const VERSION = 20;
/** General purpose flag: the name is UTF-8 (bit 11). */
const UTF8_NAME = 1 << 11;
const METHOD = { store: 0, deflate: 8 } as const;
/** Beyond these, a package needs ZIP64, which no document of vanthu comes near. */
const MAX_SIZE = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/**
 * Timestamp written on every zip entry of a package vanthu makes: 1980-01-01 12:00 (the DOS epoch).
 * A zip entry's time is written from the Date's LOCAL fields, so the Date is built from local fields
 * too: the same bytes in every time zone (a UTC instant would read 1979-12-31 in UTC-12 and
 * 1980-01-02 in UTC+14).
 */
export const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 12);

/** The MS-DOS date and time of `time`, from its local fields (as fflate and every zip tool read them). */
export function dosDateTime(time: Date): number {
  const year = time.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip: time ${time.toISOString()} is outside 1980–2099`);
  return ((year << 25) | ((time.getMonth() + 1) << 21) | (time.getDate() << 16)
    | (time.getHours() << 11) | (time.getMinutes() << 5) | (time.getSeconds() >> 1)) >>> 0;
}

/** One entry as it will be written. */
interface Written {
  name: Uint8Array;
  flags: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** The header fields shared by the local and the central header, from "version needed" to the extra length. */
function writeCommon(view: DataView, at: number, entry: Written, method: number, time: number): number {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, entry.flags, true);
  view.setUint16(at + 4, method, true);
  view.setUint32(at + 6, time, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
  view.setUint16(at + 24, 0, true);
  return at + 26;
}

/**
 * The zip of `entries`, in their order, each with the time `mtime`, deflated or stored (`method`).
 * The same entries always give the same bytes.
 */
export function writeZip(entries: Iterable<ZipInput>, options: { mtime: Date; method: ZipMethod }): Uint8Array {
  const encoder = new TextEncoder();
  const method = METHOD[options.method];
  const time = dosDateTime(options.mtime);
  const written: Written[] = [];
  let offset = 0;
  let centralSize = 0;
  for (const [path, data] of entries) {
    const name = encoder.encode(path);
    if (name.length > 0xffff) throw new RangeError(`zip: entry name too long (${path.slice(0, 40)}…)`);
    const packed = method === METHOD.deflate ? deflateRaw(data) : data;
    const ascii = name.length === path.length;
    written.push({ name, flags: ascii ? 0 : UTF8_NAME, crc: crc32(data) >>> 0, size: data.length, data: packed, offset });
    offset += 30 + name.length + packed.length;
    centralSize += 46 + name.length;
  }
  if (written.length > MAX_ENTRIES || offset + centralSize > MAX_SIZE) throw new RangeError('zip: package too large (ZIP64 is not written)');
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const entry of written) {
    view.setUint32(at, LOCAL_HEADER, true);
    at = writeCommon(view, at + 4, entry, method, time);
    out.set(entry.name, at);
    out.set(entry.data, at + entry.name.length);
    at += entry.name.length + entry.data.length;
  }
  for (const entry of written) {
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, VERSION, true); // made by: version 2.0, MS-DOS attributes (fflate's default)
    at = writeCommon(view, at + 6, entry, method, time);
    // Comment length, disk number, internal and external attributes: all 0.
    view.setUint32(at + 10, entry.offset, true);
    out.set(entry.name, at + 14);
    at += 14 + entry.name.length;
  }
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}
