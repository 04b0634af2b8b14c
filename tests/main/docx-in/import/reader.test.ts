/**
 * The reader's neutral model on files of the corpus: page and margins in mm, the first page without
 * a number and the PAGE field of later pages, formatting resolved through the styles, Word's
 * numbering text, text boxes with their position, merged cells, nested tables in a cell, sections.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocxFile, type WordParagraph, type WordTable } from '../../../../main/docx-in/read';

const DIR = path.resolve(__dirname, '../../../fixtures/docx');
const read = (name: string) => readDocxFile(path.join(DIR, `${name}.docx`));
const paragraphs = (blocks: ReturnType<typeof read>['body']): WordParagraph[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b]
  : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : b.paragraphs));

describe('DOCX reader', () => {
  it('reads page, margins, first-page header and the PAGE field of a vanthu export', () => {
    const w = read('vt-nghi-quyet');
    expect(w.sections).toHaveLength(1);
    const s = w.sections[0];
    expect([s.pageWidthMm, s.pageHeightMm]).toEqual([210.01, 297]);
    expect(s.margins).toMatchObject({ topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 14.99 });
    expect(s.titlePage).toBe(true);
    expect(s.headers.default?.hasPageField).toBe(true);
    expect(s.headers.first?.hasPageField).toBe(false);
    expect(w.defaults).toMatchObject({ font: 'Times New Roman', sizePt: 14 });
  });

  it('resolves run formatting through the style chain', () => {
    const ps = paragraphs(read('vt-nghi-quyet').body);
    const title = ps.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    expect(title).toMatchObject({ styleId: 'VtPartyTitle', alignment: 'center' });
    expect(title.runs[0]).toMatchObject({ bold: true, italic: false, sizePt: 15, font: 'Times New Roman' });
    const date = ps.find((p) => p.text.startsWith('Ninh Bình, ngày'))!;
    expect(date.runs[0]).toMatchObject({ italic: true, bold: false, sizePt: 14 });
    const label = ps.find((p) => p.text === 'Nơi nhận:')!;
    expect(label.runs[0]).toMatchObject({ underline: true, bold: false });
    const bodyPara = ps.find((p) => p.styleId === 'VtBody')!;
    expect(bodyPara.alignment).toBe('justify');
    expect(bodyPara.indent.firstLineMm).toBeGreaterThan(9);
  });

  it('gives the visible text of Word numbering and reads text boxes with their position', () => {
    const w = read('word-textboxes');
    const boxes = w.body.filter((b) => b.kind === 'textbox');
    expect(boxes).toHaveLength(2);
    expect(boxes.map((b) => (b.kind === 'textbox' ? b.paragraphs.map((p) => p.text) : []))).toEqual([
      ['TỈNH ỦY NINH BÌNH', '*', 'Số 09-CT/TU'], ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Ninh Bình, ngày 20 tháng 4 năm 2026'],
    ]);
    expect(boxes.map((b) => (b.kind === 'textbox' ? b.offsetXMm : null))).toEqual([0, 81.14]);
    const numbered = paragraphs(w.body).filter((p) => p.numbering).map((p) => [p.numbering!.text, p.text]);
    expect(numbered).toEqual([['I-', 'NHIỆM VỤ TRỌNG TÂM'], ['-', 'Các đảng ủy xã chỉ đạo rà soát, cắm biển cảnh báo ở những nơi nguy hiểm.'],
      ['-', 'Nhà trường phối hợp với gia đình dạy kỹ năng bơi an toàn cho học sinh.'], ['II-', 'TỔ CHỨC THỰC HIỆN']]);
  });

  it('reads merged cells, borders and tabs', () => {
    const w = read('word-appendix');
    const table = w.body.find((b): b is WordTable => b.kind === 'table' && b.bordered)!;
    expect(table.rows[0].cells.map((c) => c.gridSpan)).toEqual([1, 2]);
    expect(table.rows[1].cells).toHaveLength(3);
    const layoutTable = w.body.find((b): b is WordTable => b.kind === 'table')!;
    expect(layoutTable.bordered).toBe(false);
    const tabs = paragraphs(read('word-tabs').body)[0];
    expect(tabs.text).toBe('TỈNH ỦY NINH BÌNH\t\t\tĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('keeps a nested table (a Nơi nhận brace group) in its cell blocks', () => {
    const w = read('vt-nghi-quyet');
    const closing = w.body.filter((b): b is WordTable => b.kind === 'table').pop()!;
    const nested = closing.rows[0].cells[0].blocks!.find((b): b is WordTable => b.kind === 'table')!;
    expect(nested.rows[0].cells.map((c) => c.paragraphs.map((p) => p.text))).toEqual([
      ['- Ban Bí thư Trung ương Đảng,', '- Văn phòng Trung ương Đảng,'], [''], ['để báo cáo'],
    ]);
  });
});
