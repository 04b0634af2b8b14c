/** The received stamp on a copy of a PDF: text extracted by pdftotext shows the number and date. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { findStampFont, stampAttachment, stampLines, stampPdf } from '../../../main/stamp/index';

const LINES = stampLines({
  bodyLines: ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'TỈNH HÀ NAM'], heading: 'VĂN BẢN ĐẾN', number: '105', date: '10/3/21', routedTo: 'Ban Tổ chức', fileRef: '.....',
});

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  doc.addPage([595, 842]).drawText('NGHI QUYET so 04-NQ/TU', { x: 200, y: 700, size: 14, font });
  doc.addPage([595, 842]);
  return doc.save();
}

function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
  const f = path.join(dir, 'a.pdf');
  fs.writeFileSync(f, bytes);
  try {
    return execFileSync('pdftotext', ['-f', '1', '-l', '1', f, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();

describe('stampPdf', () => {
  it.skipIf(!hasPdftotext || !findStampFont())('puts the Vietnamese stamp on page 1 and keeps the other pages', async () => {
    const { bytes, warning } = await stampPdf(await samplePdf(), LINES);
    expect(warning).toBeNull();
    const text = pdfText(bytes);
    expect(text).toContain('VĂN BẢN ĐẾN');
    // Số and Ngày side by side, set apart by spaces: no dot after the number (the seed's dot is an OCR leader).
    expect(text).toMatch(/Số: 105 +Ngày: 10\/3\/21/u);
    expect(text).not.toContain('105.');
    expect(text).toContain('Chuyển: Ban Tổ chức');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
  });

  it.skipIf(!hasPdftotext)('falls back to a standard font without tone marks, with a Vietnamese warning', async () => {
    const { bytes, warning } = await stampPdf(await samplePdf(), LINES, { fontPath: null });
    expect(warning).toMatch(/phông chữ/);
    expect(pdfText(bytes)).toMatch(/So: 105 +Ngay: 10\/3\/21/);
  });

  it('writes a stamped copy and leaves the original unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
    const src = path.join(dir, 'goc.pdf');
    fs.writeFileSync(src, await samplePdf());
    const before = fs.readFileSync(src);
    const { file } = await stampAttachment(src, LINES, path.join(dir, 'out'), 'Công văn 88.pdf');
    expect(path.basename(file)).toBe('Công-văn-88-co-dau-den.pdf');
    expect(fs.readFileSync(src).equals(before)).toBe(true);
    expect(fs.statSync(file).size).toBeGreaterThan(before.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
