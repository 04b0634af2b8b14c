/**
 * Stamps the received stamp (dấu "VĂN BẢN ĐẾN", spec §5.1) onto a copy of a PDF: page 1, top left,
 * under the place of the số và ký hiệu (HD 48 §III.2), boxed, in red ink. The original is never
 * changed. The font is a Unicode TTF (./font.ts) through @pdf-lib/fontkit; without one the text is
 * written without tone marks and a warning says why.
 */
import fontkit from '@pdf-lib/fontkit';
import fs from 'node:fs';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { NO_FONT_MESSAGE, findStampFont } from './font';

const MM = 72 / 25.4;
const INK = rgb(0.75, 0.05, 0.1);

/** Result of stamping. */
export interface StampResult { bytes: Uint8Array; warning: string | null }

/** Options of stampPdf. */
export interface StampOptions { fontPath?: string | null; size?: number }

/** A line without tone marks (đ → d), for the standard-font fallback. */
function plain(line: string): string {
  return line.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '?');
}

function fit(font: PDFFont, line: string, size: number, width: number): number {
  let s = size;
  while (s > 5 && font.widthOfTextAtSize(line, s) > width) s -= 0.5;
  return s;
}

/** Returns a copy of `pdf` with the stamp `lines` (first lines = body name, then "VĂN BẢN ĐẾN"…) on page 1. */
export async function stampPdf(pdf: Uint8Array, lines: string[], opts: StampOptions = {}): Promise<StampResult> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const fontPath = opts.fontPath === undefined ? findStampFont() : opts.fontPath;
  let font: PDFFont;
  let warning: string | null = null;
  let text = lines;
  if (fontPath) {
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(fs.readFileSync(fontPath), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.TimesRoman);
    text = lines.map(plain);
    warning = NO_FONT_MESSAGE;
  }
  const page = doc.getPage(0);
  const { width: pw, height: ph } = page.getSize();
  const size = opts.size ?? 8.5;
  const boxW = Math.min(62 * MM, pw - 30 * MM);
  const lead = size * 1.3;
  const boxH = text.length * lead + 4 * MM;
  const x = 20 * MM;
  const top = ph - 38 * MM;
  page.drawRectangle({ x, y: top - boxH, width: boxW, height: boxH, borderColor: INK, borderWidth: 1.2, color: rgb(1, 1, 1), opacity: 0.92 });
  text.forEach((line, i) => {
    const centred = i < text.length - 3;
    const s = fit(font, line, size, boxW - 4 * MM);
    const w = font.widthOfTextAtSize(line, s);
    const lx = centred ? x + (boxW - w) / 2 : x + 2 * MM;
    page.drawText(line, { x: lx, y: top - 2 * MM - (i + 1) * lead + lead * 0.25, size: s, font, color: INK });
  });
  return { bytes: await doc.save({ useObjectStreams: false }), warning };
}
