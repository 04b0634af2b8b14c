/**
 * A Kết luận whose summary and author line the drafter broke by hand (Shift+Enter, "\n" in the
 * attribute), with a long plain Nơi nhận line and two braced groups of different lengths: the DOCX
 * has <w:br/> at the break, LibreOffice's PDF breaks the line there, Nơi nhận lines hang their dash,
 * and each brace stands after the longest line of its own group.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInfo } from '../../../common/draft/operations';
import { exportDocx } from '../../../main/export/docx';
import { convertToPdf, findLibreOffice } from '../../../main/export/pdf';
import { body, closing, doc, draftOf, header, p, recipients, signature, title } from '../../helpers/builders';
import { attr, Docx, kid } from '../../helpers/ooxml';

const SUMMARY_1 = 'về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm,';
const SUMMARY_2 = 'nhiệm vụ trọng tâm 3 tháng cuối năm 2026';
const LONG_LINE = 'Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh';

/** The Kết luận; `broken` puts the drafter's manual break in the summary and the author line. */
function conclusion(broken: boolean) {
  const sep = broken ? '\n' : ' ';
  return doc(
    header({ typeCode: 'KL', serial: 7, date: '2026-10-05' }),
    title({ typeName: 'KẾT LUẬN', author: `CỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH${sep}(KHÓA XVI)`, summary: `${SUMMARY_1}${sep}${SUMMARY_2}` }),
    body(p('Ngày 02/10/2026, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ mười ba.')),
    closing(signature(), recipients({
      items: [
        { lines: ['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Các ban xây dựng Đảng của Tỉnh ủy và Văn phòng Tỉnh ủy'], purpose: 'để biết' },
        { lines: ['Các đảng ủy trực thuộc', 'Các chi bộ trực thuộc'], purpose: 'để thực hiện' },
        { lines: [LONG_LINE], purpose: '' },
      ],
      archive: 'Văn phòng Tỉnh ủy',
    })),
  );
}

/** The summary paragraph of an export (style VtSummary). */
function summaryPara(d: Docx) {
  return d.paras(d.document.getElementsByTagName('w:body')[0]).find((x) => x.style === 'VtSummary')!;
}

describe('manual breaks in the title lines', () => {
  it('writes a <w:br/> where the drafter broke the summary and the author line, and no raw newline', async () => {
    const d = new Docx(await exportDocx(draftOf(conclusion(true))));
    const summary = summaryPara(d);
    expect(summary.text).toBe(`${SUMMARY_1}\n${SUMMARY_2}`);
    expect(summary.el.getElementsByTagName('w:br')).toHaveLength(1);
    const author = d.paras(d.document.getElementsByTagName('w:body')[0]).find((x) => x.style === 'VtAuthor')!;
    expect(author.text).toBe('CỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n(KHÓA XVI)');
    for (const t of Array.from(d.document.getElementsByTagName('w:t'))) expect(t.textContent).not.toMatch(/[\r\n]/);
  });

  it('keeps the registers on one line: the break is layout only', () => {
    const info = draftInfo(draftOf(conclusion(true)));
    expect(info.summary).toBe(`${SUMMARY_1} ${SUMMARY_2}`);
  });

  it('writes no break in a summary typed on one line', async () => {
    const d = new Docx(await exportDocx(draftOf(conclusion(false))));
    expect(summaryPara(d).el.getElementsByTagName('w:br')).toHaveLength(0);
  });
});

describe('Nơi nhận in the DOCX', () => {
  it('hangs the dash of every line, in and out of the braced groups', async () => {
    const d = new Docx(await exportDocx(draftOf(conclusion(true))));
    const lines = d.paras(d.document.getElementsByTagName('w:body')[0], true).filter((x) => x.style === 'VtRecipient');
    expect(lines.map((l) => l.text)).toContain(`- ${LONG_LINE},`);
    expect(lines.length).toBe(6);
    for (const l of lines) {
      const ind = kid(kid(l.el, 'w:pPr'), 'w:ind');
      const hanging = Number(attr(ind, 'w:hanging'));
      expect(hanging).toBeGreaterThan(100); // "- " at 12 pt is about 7 pt = 140 twips
      expect(Number(attr(ind, 'w:left') ?? attr(ind, 'w:start'))).toBe(hanging);
    }
  });

  it('sets each brace after the longest line of its own group', async () => {
    const d = new Docx(await exportDocx(draftOf(conclusion(true))));
    const nested = Array.from(d.document.getElementsByTagName('w:tbl')).filter((t) => t.parentNode?.nodeName === 'w:tc');
    expect(nested).toHaveLength(2);
    const [long, short] = nested.map((t) => d.gridWidths(t)[0]);
    expect(short).toBeLessThan(long);
    // The short group's column holds "- Các đảng ủy trực thuộc," (about 125 pt) and little more.
    expect(short / 20).toBeGreaterThan(110);
    expect(short / 20).toBeLessThan(150);
  });
});

const hasLibreOffice = (await findLibreOffice()) !== null;

describe.skipIf(!hasLibreOffice)('manual breaks through LibreOffice (pdftotext -layout)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-breaks-'));
  const text: Record<'broken' | 'plain', string[]> = { broken: [], plain: [] };
  beforeAll(async () => {
    for (const kind of ['broken', 'plain'] as const) {
      const file = path.join(dir, `ket-luan-${kind}.docx`);
      writeFileSync(file, await exportDocx(draftOf(conclusion(kind === 'broken'))));
      const pdf = await convertToPdf(file, dir);
      text[kind] = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());
    }
  }, 180_000);

  it('breaks the summary line where the drafter broke it', () => {
    const i = text.broken.indexOf(SUMMARY_1);
    expect(i).toBeGreaterThan(0);
    expect(text.broken[i + 1]).toBe(SUMMARY_2);
    expect(text.broken).toContain('(KHÓA XVI)');
  });

  it('and only there: typed on one line, LibreOffice wraps it elsewhere', () => {
    expect(text.plain).not.toContain(SUMMARY_1);
  });
});
