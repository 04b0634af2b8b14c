/**
 * The received stamp on files: `stampAttachment` writes a stamped copy of an incoming entry's PDF
 * attachment next to the exports (the stored original stays untouched, its hash unchanged), with
 * writeFileAtomic; the place is the clerk's (dragged on the preview) or the first free area.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, writeFileAtomic } from '../fs';
import type { StampPlace } from './place';
import type { StampSize } from './size';
import { stampPdf, type StampResult } from './stamp-pdf';

export { stampPdf, autoPlace, FALLBACK_PLACE, NO_ROOM_MESSAGE, type StampResult } from './stamp-pdf';
export { findStampFont, NO_FONT_MESSAGE } from './font';
export { stampLines, type StampText } from './lines';
export { findStampPlace, isFree, stampRect, type StampPlace } from './place';
export { DEFAULT_STAMP_SIZE, STAMP_SIZE_BOUNDS, STAMP_SIZE_SOURCE, type StampSize } from './size';
export { pageTextBoxes, type PageText, type Rect } from './text-boxes';

/** Writes `<outDir>/<name>-co-dau-den.pdf`, the stamped copy of `pdfPath`; returns its path, place, size and any warning. */
export async function stampAttachment(pdfPath: string, lines: string[], outDir: string, name: string,
  opts: { place?: StampPlace | null; size?: StampSize } = {}): Promise<Omit<StampResult, 'bytes'> & { file: string }> {
  const { bytes, ...rest } = await stampPdf(new Uint8Array(fs.readFileSync(pdfPath)), lines, opts);
  ensurePrivateDir(outDir);
  const safe = name.replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'van-ban-den';
  const file = path.join(outDir, `${safe}-co-dau-den.pdf`);
  writeFileAtomic(file, bytes);
  return { file, ...rest };
}
