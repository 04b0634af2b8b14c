/**
 * Renders the printed registers through LibreOffice and reads the PDF text back: the headers, a
 * row's text, and a 200-row book over several landscape pages with the header on every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { layOutRegister, type OutgoingPrintRow } from '../../../../main/registry/print/index';
import { docxToPdf, pdfInfo, pdfPages } from './soffice';
import { followUpRows, incomingRows, outgoingRows } from './samples';

const OPTS = { from: '2026-10-01', to: '2026-10-31', orgName: 'Đảng ủy Khối các cơ quan tỉnh', bookName: 'Sổ văn bản đi năm 2026' };
/** Single-line header texts (multi-line headers wrap inside their cells and come out split). */
const ONE_LINE_HEADERS = { out: ['Người ký', 'Nơi nhận văn bản', 'Ghi chú'], in: ['Ngày đến', 'Tác giả', 'Ghi chú'] };

describe('printed registers rendered by LibreOffice', () => {
  const rows: OutgoingPrintRow[] = outgoingRows(200);
  let pages: string[] = [];
  let info = { pages: 0, width: 0, height: 0 };

  beforeAll(async () => {
    const pdf = await docxToPdf(await layOutRegister('out', rows, OPTS, 'docx'), 'so-di');
    [pages, info] = await Promise.all([pdfPages(pdf), pdfInfo(pdf)]);
  }, 120_000);

  it('a 200-row outgoing book spans several landscape A4 pages, numbered', () => {
    expect(info.pages).toBeGreaterThanOrEqual(5);
    expect(pages).toHaveLength(info.pages);
    expect(Math.round(info.width)).toBe(842);
    expect(Math.round(info.height)).toBe(595);
    pages.forEach((p, i) => expect(p).toContain(`Trang ${i + 1}/${info.pages}`));
  });

  it('the title block is on the first page only, the header on every page', () => {
    expect(pages[0]).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(pages[0]).toContain('Từ ngày 01/10/2026 đến ngày 31/10/2026');
    expect(pages[1]).not.toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    for (const page of pages) {
      for (const h of ONE_LINE_HEADERS.out) expect(page).toContain(h);
      expect(page).toMatch(/\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)\s+\(6\)\s+\(7\)\s+\(8\)\s+\(9\)/);
    }
  });

  it('every entry is printed once, in order, with its text; cancelled numbers show the reason', () => {
    const text = pages.join('\n');
    let at = 0;
    for (const r of rows) {
      const found = text.indexOf(`${r.number} `, at);
      expect(found, r.number).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    expect(pages.at(-1)).toContain(`${rows.at(-1)!.number} `);
    expect(text).toContain('01/10/2026');
    expect(text).toContain('Lưu Văn phòng Đảng ủy');
    expect(text).toContain('Đã hủy: văn');
    expect(text.match(/Đã hủy:/g)).toHaveLength(rows.filter((r) => r.notes.startsWith('Đã hủy:')).length);
  });

  it('the incoming and follow-up books render their headers and rows', async () => {
    const [inPdf, fuPdf] = await Promise.all([
      layOutRegister('in', incomingRows(20), { ...OPTS, bookName: 'Sổ văn bản đến năm 2026' }, 'docx').then((b) => docxToPdf(b, 'so-den')),
      layOutRegister('follow-up', followUpRows(20), { ...OPTS, bookName: '' }, 'docx').then((b) => docxToPdf(b, 'so-theo-doi')),
    ]);
    const inText = (await pdfPages(inPdf)).join('\n');
    expect(inText).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    for (const h of ONE_LINE_HEADERS.in) expect(inText).toContain(h);
    expect(inText).toMatch(/01\/10\/2026\s+101\s/);
    const fuText = (await pdfPages(fuPdf)).join('\n');
    expect(fuText).toContain('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(fuText).toContain('Tiến độ, kết quả giải quyết');
    expect(fuText).toMatch(/101\s+01\/10\/2026\s/);
  }, 120_000);
});
