/**
 * Bounds of opening a Word file: a DOCX larger than this, a part that inflates past them or a
 * package that claims more is refused before memory is spent on it (issue #15 item 6). The XML
 * parts are the only ones ever inflated (pictures and embedded objects are never unpacked), so
 * the reader's memory stays below about 200 MB whatever the file holds.
 */
export const DOCX_LIMITS = {
  /** Largest Word file opened, in bytes (checked with stat before anything is read). */
  maxFileBytes: 200 * 1024 * 1024,
  /** Largest inflated size of one XML part, in bytes (the body of a 500-page document is about 10 MB). */
  maxPartBytes: 24 * 1024 * 1024,
  /** Largest inflated size of all XML parts read from one file, in bytes. */
  maxTotalBytes: 48 * 1024 * 1024,
  /** Largest declared uncompressed size of the whole package, in bytes. */
  maxDeclaredTotalBytes: 1024 * 1024 * 1024,
  /** Largest compression ratio accepted for an entry that inflates to more than `ratioFloorBytes`. */
  maxRatio: 200,
  /** Entries below this inflated size are not held to `maxRatio` (small XML compresses very well). */
  ratioFloorBytes: 1024 * 1024,
  /** Most entries a package may list. */
  maxEntries: 10_000,
} as const;

/** Size in MB for messages ("200 MB"). */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
