/**
 * Random access to the bytes of a Word file without reading it whole: the zip reader asks for the
 * end record, the central directory and the entries it needs, so a large file costs only the parts
 * that are read. A source over a file reads with positional reads on one descriptor.
 */
import fs from 'node:fs';

/** Bytes that can be read at any offset. */
export interface ByteSource {
  /** Total size in bytes. */
  readonly size: number;
  /** Reads `length` bytes at `offset` (fewer at the end). */
  read(offset: number, length: number): Uint8Array;
  /** Releases the descriptor, if any. */
  close(): void;
}

/** A source over bytes already in memory (the API, tests). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(Math.max(0, offset), Math.min(bytes.length, offset + length)),
    close: () => {},
  };
}

/** A source over a file opened read-only; `size` is the size stat gave. */
export function fileSource(file: string, size: number): ByteSource {
  const fd = fs.openSync(file, 'r');
  return {
    size,
    read(offset, length) {
      const len = Math.max(0, Math.min(length, size - offset));
      const out = new Uint8Array(len);
      let done = 0;
      while (done < len) {
        const n = fs.readSync(fd, out, done, len - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return done === len ? out : out.subarray(0, done);
    },
    close: () => fs.closeSync(fd),
  };
}
