/**
 * Renumbering an exported package without rendering it again: the number line ("Số 04-NQ/TU") is
 * one text run of word/document.xml, so a document rendered with the number expected can be given
 * the number actually taken, synchronously, inside the registry's write transaction. The result is
 * byte-for-byte what exportDocx gives for the new number (same entries, same order, same packing).
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipParts } from './pack';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Replaces the text run `fromLine` by `toLine` in word/document.xml. Returns null when that run is
 * not there exactly once (the caller then renders again).
 */
export function renumberPackage(bytes: Uint8Array, fromLine: string, toLine: string): Uint8Array | null {
  const files = unzipSync(bytes);
  const doc = files['word/document.xml'];
  if (!doc) return null;
  const xml = strFromU8(doc);
  const from = `>${escapeText(fromLine)}</w:t>`;
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) return null;
  files['word/document.xml'] = strToU8(xml.slice(0, at) + `>${escapeText(toLine)}</w:t>` + xml.slice(at + from.length));
  return zipParts(Object.entries(files));
}
