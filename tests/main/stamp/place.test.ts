/**
 * Placing the received stamp: the first free area of page 1 large enough for it, from the PDF's
 * text boxes (pdf.js), preferring the left column under the number and trích yếu; a stamped copy
 * covers no text; the clerk's place and the size setting are followed.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAMP_SIZE, findStampPlace, isFree, pageTextBoxes, stampPdf, stampRect, type Rect } from '../../../main/stamp/index';

const MM = 72 / 25.4;
const LINES = ['TỈNH ỦY NINH BÌNH', 'VĂN BẢN ĐẾN', 'Số: 105   Ngày: 10/3/26', 'Chuyển: .....', 'Lưu hồ sơ số: .....'];

/** A Công văn-like page 1: header block left and right, trích yếu, Kính gửi, body lines (mm from the top). */
async function letterPdf(bodyFromMm = 95, kinhGuiX = 85, bodyToMm = 270): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595.28, 841.89]);
  const at = (text: string, xMm: number, yMm: number) => page.drawText(text, { x: xMm * MM, y: 841.89 - yMm * MM, size: 13, font });
  at('TINH UY NINH BINH', 30, 25); at('*', 50, 30); at('So 245-CV/TU', 35, 35);
  at('V/v bao cao ket qua so hoa', 28, 42); at('tai lieu luu tru nam 2026', 30, 48);
  at('DANG CONG SAN VIET NAM', 115, 25); at('Ninh Binh, ngay 06 thang 3 nam 2026', 105, 33);
  at('Kinh gui: Cac ban xay dung Dang cua Tinh uy', kinhGuiX, 60); at('Cac dang uy truc thuoc Tinh uy', kinhGuiX + 20, 66);
  for (let y = bodyFromMm; y < bodyToMm; y += 7) at('Noi dung van ban trai dai tu le trai den le phai cua trang giay A4 nay.', 30, y);
  return doc.save();
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('findStampPlace', () => {
  it('puts the stamp in the left column under the number and trích yếu when there is room', async () => {
    const page = await pageTextBoxes(await letterPdf(), 1);
    const p = findStampPlace(page, DEFAULT_STAMP_SIZE.widthMm, DEFAULT_STAMP_SIZE.heightMm)!;
    expect(p).not.toBeNull();
    expect(p.xMm).toBeLessThan(60); // left column
    expect(p.yMm).toBeGreaterThan(48); // below the trích yếu
    const r = stampRect(p, DEFAULT_STAMP_SIZE.widthMm, DEFAULT_STAMP_SIZE.heightMm, page.height);
    expect(page.boxes.filter((b) => overlaps(r, b))).toEqual([]);
  });

  it('takes another free area when the left column is full, and null when the page is full', async () => {
    const crowded = await pageTextBoxes(await letterPdf(55, 28, 200), 1);
    const p = findStampPlace(crowded, 50, 35)!;
    expect(p).not.toBeNull();
    expect(p.yMm).toBeGreaterThan(195); // under the last line of text (at 195 mm)
    expect(isFree(crowded, p, 50, 35)).toBe(true);
    const full = await pageTextBoxes(await letterPdf(55, 28, 290), 1);
    expect(findStampPlace(full, 50, 35)).toBeNull();
  });
});

describe('stampPdf places the stamp', () => {
  it('on free space by default, the stamp covering no text of the page', async () => {
    const src = await letterPdf();
    const before = await pageTextBoxes(src, 1);
    const out = await stampPdf(src, LINES);
    expect(out.auto).toBe(true);
    expect(out.size).toEqual({ widthMm: 50, heightMm: 35 });
    const r = stampRect(out.place, 50, 35, before.height);
    expect(before.boxes.filter((b) => overlaps(r, b))).toEqual([]);
    const after = await pageTextBoxes(out.bytes, 1);
    expect(after.boxes.length).toBeGreaterThan(before.boxes.length); // the stamp's lines were written
  });

  it('at the clerk\'s place and in the size of the setting', async () => {
    const out = await stampPdf(await letterPdf(), LINES, { place: { xMm: 120, yMm: 200 }, size: { widthMm: 60, heightMm: 40 } });
    expect(out.place).toEqual({ xMm: 120, yMm: 200 });
    expect(out.auto).toBe(false);
    const after = await pageTextBoxes(out.bytes, 1);
    const stampBox = stampRect(out.place, 60, 40, after.height);
    const inside = after.boxes.filter((b) => b.x0 >= stampBox.x0 - 1 && b.x1 <= stampBox.x1 + 1 && b.y0 >= stampBox.y0 - 3 && b.y1 <= stampBox.y1 + 1);
    expect(inside.length).toBeGreaterThanOrEqual(LINES.length);
  });
});
