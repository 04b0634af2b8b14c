/**
 * The DOCX reader: from an opened package (main/docx-in/open) to the neutral Word model
 * (read/types.ts), and the one-call forms over a file or bytes.
 */
import { openDocxBytes, withDocxFile, type DocxOpenOptions } from '../open/package';
import { readWordDocument } from './document';
import type { WordDocument } from './types';

export { readWordDocument } from './document';
export type * from './types';

/** Opens and reads a Word file (size checked before reading; refusals are Vietnamese UserErrors). */
export function readDocxFile(file: string, opts: DocxOpenOptions = {}): WordDocument {
  return withDocxFile(file, readWordDocument, opts);
}

/** Opens and reads a Word file given as bytes; `label` names it in messages. */
export function readDocxBytes(bytes: Uint8Array, label: string, opts: DocxOpenOptions = {}): WordDocument {
  return readWordDocument(openDocxBytes(bytes, label, opts));
}
