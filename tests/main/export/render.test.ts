/**
 * Rendering test: exports go through LibreOffice to PDF and the geometry of page 1 and 2 is read
 * back with pdftotext -bbox. Skipped only where LibreOffice is not installed (CI installs it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { exportDocx } from '../../../main/export/docx';
import { convertToPdf, findLibreOffice } from '../../../main/export/pdf';
import { defaultOrganisation, findTemplate } from '../../../main/templates';
import { Docx } from '../../helpers/ooxml';
import { findPhrase, readWords, type Word } from '../../helpers/pdf';

const hasLibreOffice = (await findLibreOffice()) !== null;
const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-render-'));
const org = defaultOrganisation();
const MM = 72 / 25.4;

async function render(id: string, serial: number, date: string) {
  const bytes = await exportDocx(setNumberAndDate(createDraft(findTemplate(id)!, org), serial, date));
  const file = path.join(dir, `${id}.docx`);
  writeFileSync(file, bytes);
  return { docx: new Docx(bytes), ...readWords(await convertToPdf(file, dir)) };
}

describe.skipIf(!hasLibreOffice)('rendered through LibreOffice', () => {
  const pages: Record<string, Awaited<ReturnType<typeof render>>> = {};
  beforeAll(async () => {
    pages.nq = await render('nghi-quyet', 4, '2026-03-06');
    pages.cv = await render('cong-van', 12, '2026-03-06');
  }, 120_000);

  it('puts the party title in the right half and the issuer in the left half of page 1', () => {
    for (const { width, words } of Object.values(pages)) {
      const title = findPhrase(words, 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
      const issuer = findPhrase(words, 'TỈNH ỦY NINH BÌNH')!;
      expect(title.xMin).toBeGreaterThan(width / 2 - 10 * MM);
      expect(issuer.xMax).toBeLessThan(width / 2);
      expect(Math.abs(title.yMin - issuer.yMin)).toBeLessThan(4);
      expect(title.yMin).toBeGreaterThan(19 * MM);
    }
  });

  it('draws the rule as long as the title (±2 mm)', () => {
    const { docx, words } = pages.nq;
    const title = findPhrase(words, 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    const tbl = docx.blocks().find((b) => b.nodeName === 'w:tbl')!;
    const rightWidth = docx.gridWidths(tbl)[1];
    const rule = docx.paras(docx.cells(tbl)[1])[1];
    const ruleTwips = rightWidth - 2 * 108 - rule.indentLeft - rule.indentRight;
    expect(Math.abs(ruleTwips / 20 - (title.xMax - title.xMin))).toBeLessThan(2 * MM);
  });

  it('puts the date line under the title, in the right half', () => {
    const { words, width } = pages.nq;
    const title = findPhrase(words, 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    const date = findPhrase(words, 'Ninh Bình, ngày 06 tháng 3 năm 2026')!;
    expect(date.yMin).toBeGreaterThan(title.yMax);
    expect(date.xMin).toBeGreaterThan(width / 2 - 10 * MM);
  });

  it('puts Nơi nhận level with the signature, to its left', () => {
    for (const { words } of Object.values(pages)) {
      const last = Math.max(...words.map((w) => w.page));
      const label = findPhrase(words, 'Nơi nhận:', last)!;
      // The công văn is the Văn phòng's, signed by its head in own name.
      const authority = (findPhrase(words, 'T/M BAN THƯỜNG VỤ', last) ?? findPhrase(words, 'CHÁNH VĂN PHÒNG', last))!;
      expect(Math.abs(label.yMin - authority.yMin)).toBeLessThan(4);
      expect(label.xMax).toBeLessThan(authority.xMin);
    }
  });

  it('numbers pages from page 2 only, centred in the top margin', () => {
    const { words, width } = pages.nq;
    const top = (p: number): Word[] => words.filter((w) => w.page === p && w.yMax < 20 * MM);
    expect(Math.max(...words.map((w) => w.page))).toBeGreaterThanOrEqual(2);
    expect(top(1)).toEqual([]);
    const n = top(2);
    expect(n.map((w) => w.text)).toEqual(['2']);
    expect(Math.abs((n[0].xMin + n[0].xMax) / 2 - (30 * MM + (width - 45 * MM) / 2))).toBeLessThan(3 * MM);
  });

  it('puts the summary of a công văn under its number, in the left block', () => {
    const { words, width } = pages.cv;
    const number = findPhrase(words, 'Số 12-CV/VPTU')!;
    const summary = findPhrase(words, 'về việc báo cáo')!;
    expect(summary.yMin).toBeGreaterThan((number.yMin + number.yMax) / 2);
    expect(summary.xMax).toBeLessThan(width / 2);
  });
});
