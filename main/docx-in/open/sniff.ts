/**
 * What a file is, from its first bytes, so a file that is not a DOCX gets a message saying what it
 * is: an OLE container (a password-protected DOCX, or a Word 97–2003 .doc), a PDF, an RTF, a zip.
 */

/** The kinds of file told apart before the zip is read. */
export type SniffedKind = 'zip' | 'cfb' | 'pdf' | 'rtf' | 'other';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The kind of a file from its first 8 bytes. */
export function sniff(head: Uint8Array): SniffedKind {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return 'zip';
  if (head.length >= 8 && CFB_MAGIC.every((b, i) => head[i] === b)) return 'cfb';
  const text = String.fromCharCode(...head.subarray(0, 5));
  if (text.startsWith('%PDF')) return 'pdf';
  if (text.startsWith('{\\rtf')) return 'rtf';
  return 'other';
}

const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * Whether an OLE container holds an encrypted Office document: its directory names the stream
 * "EncryptionInfo" (UTF-16). `read` gives the container's bytes in slices; only the first
 * megabytes are looked at (the directory sits near the start in what Office writes).
 */
export function isEncryptedContainer(read: (offset: number, length: number) => Uint8Array, size: number): boolean {
  const slice = read(0, Math.min(size, 8 * 1024 * 1024));
  outer: for (let i = 0; i + ENCRYPTION_INFO.length <= slice.length; i += 1) {
    for (let j = 0; j < ENCRYPTION_INFO.length; j += 1) if (slice[i + j] !== ENCRYPTION_INFO[j]) continue outer;
    return true;
  }
  return false;
}
