/**
 * The zip writer of every package vanthu makes (main/zip): fflate's layout byte for byte, zlib's
 * DEFLATE from WebAssembly, the same bytes on every machine, and packages any unzip reads back.
 */
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateRaw } from '../../../main/zip/deflate';
import { dosDateTime, writeZip, type ZipInput } from '../../../main/zip/write';

const TIME = new Date(1980, 0, 1, 12);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes no compressor can shrink: a xorshift stream, the same on every run. */
function noise(length: number, seed = 2463534242): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** XML like a document's body: repetitive, as DOCX parts are. */
const bodyXml = (paragraphs: number) => strToU8(`<w:body>${Array.from({ length: paragraphs }, (_, i) => `<w:p><w:r><w:t>Đoạn ${i}: nội dung nghị quyết.</w:t></w:r></w:p>`).join('')}</w:body>`);

const ENTRIES: ZipInput[] = [
  ['[Content_Types].xml', strToU8('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', bodyXml(300)],
  ['word/media/empty.bin', new Uint8Array(0)],
  ['tệp/ghi chú.txt', strToU8('tên tệp có dấu')],
];

describe('writeZip', () => {
  it('writes stored entries exactly as fflate zipSync does (same headers, order, time and UTF-8 flag)', () => {
    const ours = writeZip(ENTRIES, { mtime: TIME, method: 'store' });
    const fflate = zipSync(Object.fromEntries(ENTRIES.map(([name, data]) => [name, [data, { mtime: TIME }]])) as never, { level: 0 });
    expect(Buffer.from(ours).equals(Buffer.from(fflate))).toBe(true);
  });

  it('deflates every entry; the package unzips to the same entries in the same order', () => {
    const bytes = writeZip(ENTRIES, { mtime: TIME, method: 'deflate' });
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(ENTRIES.map(([name]) => name));
    for (const [name, data] of ENTRIES) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
    expect(bytes.length).toBeLessThan(ENTRIES.reduce((sum, [, data]) => sum + data.length, 0) / 4);
  });

  it('gives the same bytes for the same entries, whatever was zipped before', () => {
    const first = writeZip(ENTRIES, { mtime: TIME, method: 'deflate' });
    writeZip([['big.bin', noise(3 << 20)]], { mtime: TIME, method: 'deflate' });
    expect(sha256(writeZip(ENTRIES, { mtime: TIME, method: 'deflate' }))).toBe(sha256(first));
  });

  it('writes the entry time from local fields and refuses a time a zip cannot hold', () => {
    expect(dosDateTime(new Date(2026, 2, 6, 14, 30, 58))).toBe(((46 << 25) | (3 << 21) | (6 << 16) | (14 << 11) | (30 << 5) | 29) >>> 0);
    expect(() => writeZip(ENTRIES, { mtime: new Date(1979, 11, 31), method: 'store' })).toThrow(RangeError);
  });
});

describe('deflateRaw (zlib in WebAssembly)', () => {
  it('is zlib level 6 byte for byte: pinned outputs, read back by Node’s own inflater', () => {
    const xml = bodyXml(2000);
    const packed = deflateRaw(xml);
    expect(Buffer.from(inflateRawSync(packed)).equals(Buffer.from(xml))).toBe(true);
    // Pinned: a different zlib, level or window would change these (and every exported package).
    expect(sha256(packed)).toBe(PINNED_XML);
    expect(sha256(deflateRaw(new Uint8Array(0)))).toBe(sha256(new Uint8Array([3, 0])));
  });

  it('deflates input larger than one output chunk, and incompressible input, whole', () => {
    const random = noise(3 << 20);
    const packed = deflateRaw(random);
    expect(packed.length).toBeGreaterThan(random.length);
    expect(Buffer.from(inflateRawSync(packed)).equals(Buffer.from(random))).toBe(true);
    expect(sha256(packed)).toBe(PINNED_NOISE);
  });

  it('deflates a part larger than the module’s fixed 16 MiB memory, and the next the same as before', () => {
    const large = new Uint8Array(40 << 20);
    for (let i = 0; i < large.length; i += 4096) large.set(noise(64, i + 1), i);
    expect(Buffer.from(inflateRawSync(deflateRaw(large))).equals(Buffer.from(large))).toBe(true);
    expect(sha256(deflateRaw(bodyXml(2000)))).toBe(PINNED_XML);
  });
});

/**
 * SHA-256 of the two outputs above, which are also what the system zlib 1.2.13 of Debian gives for the
 * same bytes (Python: zlib.compressobj(6, zlib.DEFLATED, -15, 8)), checked when they were pinned.
 */
const PINNED_XML = '985ec9fd26e5689e736c98ed946947057e565e6acfbad3ab87745920d4fe4a79';
const PINNED_NOISE = '4df262cf073a90647aadfd4d9b466154bcdc4ce491c5ac87210eb38a2599e29f';
