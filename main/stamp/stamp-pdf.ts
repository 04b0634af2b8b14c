/**
 * Stamps the received stamp (dấu "VĂN BẢN ĐẾN", spec §5.1) onto a copy of a PDF: page 1, boxed, in
 * red ink, at the place the clerk chose on the preview, or else on the first free area of the page
 * large enough for it (./place.ts, from the page's text boxes read by pdf.js), under the number and
 * trích yếu where there is room. The stamp's size is a setting (./size.ts). The original is never
 * changed. The font is a Unicode TTF (./font.ts) through @pdf-lib/fontkit; without one the text is
 * written without tone marks and a warning says why.
 */
import fs from 'node:fs';
import type { PDFFont } from 'pdf-lib';
import { NO_FONT_MESSAGE, findStampFont } from './font';
import { findStampPlace, stampRect, type StampPlace } from './place';
import { DEFAULT_STAMP_SIZE, type StampSize } from './size';
import { pageTextBoxes } from './text-boxes';

const MM = 72 / 25.4;
/** Where the stamp goes when page 1 has no free area large enough (top left, under the số và ký hiệu). */
export const FALLBACK_PLACE: StampPlace = { xMm: 20, yMm: 38 };
/** Said when no free area was found. */
export const NO_ROOM_MESSAGE = 'Trang 1 không còn chỗ trống đủ rộng cho dấu đến: dấu được đặt ở góc trên bên trái và có thể che chữ; hãy kéo dấu đến chỗ khác trên bản xem trước.';

/** Result of stamping. */
export interface StampResult { bytes: Uint8Array; warning: string | null; place: StampPlace; size: StampSize; auto: boolean }

/** Options of stampPdf. */
export interface StampOptions { fontPath?: string | null; fontSize?: number; place?: StampPlace | null; size?: StampSize }

/** A line without tone marks (đ → d), for the standard-font fallback. */
function plain(line: string): string {
  return line.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '?');
}

function fit(font: PDFFont, line: string, size: number, width: number): number {
  let s = size;
  while (s > 5 && font.widthOfTextAtSize(line, s) > width) s -= 0.5;
  return s;
}

/** The automatic place of a stamp of `size` on page 1 of `pdf`, or null when no free area is large enough. */
export async function autoPlace(pdf: Uint8Array, size: StampSize = DEFAULT_STAMP_SIZE): Promise<StampPlace | null> {
  return findStampPlace(await pageTextBoxes(pdf, 1), size.widthMm, size.heightMm);
}

/** Returns a copy of `pdf` with the stamp `lines` (first lines = body name, then "VĂN BẢN ĐẾN"…) on page 1. */
export async function stampPdf(pdf: Uint8Array, lines: string[], opts: StampOptions = {}): Promise<StampResult> {
  const size = opts.size ?? DEFAULT_STAMP_SIZE;
  const found = opts.place ? null : await autoPlace(pdf, size);
  const place = opts.place ?? found ?? FALLBACK_PLACE;
  // pdf-lib and fontkit (about 2 MB of code) load only when a stamp is made, not with the host.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const INK = rgb(0.75, 0.05, 0.1);
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const fontPath = opts.fontPath === undefined ? findStampFont() : opts.fontPath;
  let font: PDFFont;
  const warnings: string[] = [];
  // No-break spaces (the gap between Số and Ngày, kept in the desk's HTML) are drawn as spaces.
  let text = lines.map((l) => l.replace(/\u00a0/g, ' '));
  if (fontPath) {
    const { default: fontkit } = await import('@pdf-lib/fontkit');
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(fs.readFileSync(fontPath), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.TimesRoman);
    text = text.map(plain);
    warnings.push(NO_FONT_MESSAGE);
  }
  if (!opts.place && !found) warnings.push(NO_ROOM_MESSAGE);
  const page = doc.getPage(0);
  const { height: ph } = page.getSize();
  const mb = page.getMediaBox();
  const r = stampRect(place, size.widthMm, size.heightMm, ph);
  const box = { x0: r.x0 + mb.x, y0: r.y0 + mb.y, x1: r.x1 + mb.x, y1: r.y1 + mb.y };
  const pad = 2 * MM;
  const lead = Math.min((opts.fontSize ?? 8.5) * 1.3, (box.y1 - box.y0 - 2 * pad) / Math.max(1, text.length));
  const fontSize = lead / 1.3;
  page.drawRectangle({ x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0, borderColor: INK, borderWidth: 1.2, color: rgb(1, 1, 1), opacity: 0.92 });
  const used = text.length * lead;
  const top = box.y1 - Math.max(pad, (box.y1 - box.y0 - used) / 2);
  text.forEach((line, i) => {
    const centred = i < text.length - 3;
    const s = fit(font, line, fontSize, box.x1 - box.x0 - 2 * pad);
    const w = font.widthOfTextAtSize(line, s);
    const lx = centred ? box.x0 + (box.x1 - box.x0 - w) / 2 : box.x0 + pad;
    page.drawText(line, { x: lx, y: top - (i + 1) * lead + lead * 0.25, size: s, font, color: INK });
  });
  return { bytes: await doc.save({ useObjectStreams: false }), warning: warnings.join(' ') || null, place, size, auto: !opts.place };
}
