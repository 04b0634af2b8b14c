/**
 * The received stamp on files: `stampAttachment` writes a stamped copy of an incoming entry's PDF
 * attachment next to the exports (the stored original stays untouched, its hash unchanged).
 */
import fs from 'node:fs';
import path from 'node:path';
import { stampPdf } from './stamp-pdf';

export { stampPdf, type StampResult } from './stamp-pdf';
export { findStampFont, NO_FONT_MESSAGE } from './font';

/** Writes `<outDir>/<name>-co-dau-den.pdf`, the stamped copy of `pdfPath`; returns its path and any warning. */
export async function stampAttachment(pdfPath: string, lines: string[], outDir: string, name: string): Promise<{ file: string; warning: string | null }> {
  const { bytes, warning } = await stampPdf(new Uint8Array(fs.readFileSync(pdfPath)), lines);
  fs.mkdirSync(outDir, { recursive: true });
  const safe = name.replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'van-ban-den';
  const file = path.join(outDir, `${safe}-co-dau-den.pdf`);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return { file, warning };
}
