import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/export/docx';
import { Docx } from '../../helpers/ooxml';
import { appendix, body, closing, dash, doc, draftOf, h1, header, p, recipients, signature, title } from '../../helpers/builders';
import { checkPartyFormat } from './party-format';

/** A document of an advisory board: superior line, K/T signature, marks, appendix. */
const board = doc(
  header({ superior: 'Tỉnh ủy Ninh Bình', issuer: 'Ban Tổ chức', typeCode: 'HD', issuerCode: 'BTCTU', serial: 12, date: '2026-02-09',
    secrecy: 'MẬT', urgency: 'KHẨN', circulation: 'Lưu hành nội bộ', draftMark: '' }),
  title({ typeName: 'HƯỚNG DẪN', summary: 'về quy trình xét kết nạp đảng viên' }),
  body(h1('I- YÊU CẦU CHUNG'), p('Thực hiện đúng **quy trình**, *thủ tục*.'), dash('- Bảo đảm công khai, dân chủ.')),
  closing(
    signature({ authority: 'K/T', onBehalfOf: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Hoàng Thị Em' }),
    recipients({ items: [{ lines: ['Thường trực Tỉnh ủy'], purpose: 'để báo cáo' }, { lines: ['Các đảng ủy trực thuộc', 'Các chi bộ trực thuộc'], purpose: 'để thực hiện' }], archive: 'Ban Tổ chức Tỉnh ủy' }),
  ),
  appendix('Phụ lục 1', 'Mẫu biên bản xét kết nạp', p('Nội dung mẫu biên bản.')),
);

describe('the parts of a document beyond the templates', () => {
  it('an advisory board: superior line, K/T, marks, grouped recipients pass the ten checks', async () => {
    const d = new Docx(await exportDocx(draftOf(board)));
    checkPartyFormat(d, { number: '12-HD/BTCTU', place: 'Ninh Bình', letter: false, superior: true, profile: 'hd36-2018' });
    const left = d.paras(d.cells(d.blocks().find((b) => b.nodeName === 'w:tbl')!)[0]).map((x) => x.text);
    expect(left).toEqual(['TỈNH ỦY NINH BÌNH', 'BAN TỔ CHỨC', '*', 'Số 12-HD/BTCTU', 'MẬT', 'KHẨN']);
    expect(d.para(d.blocks()[0]).text).toBe('Lưu hành nội bộ');
    const xml = d.text('word/document.xml');
    expect(xml).toContain('K/T TRƯỞNG BAN');
    expect(xml.match(/prst="rightBrace"/g)).toHaveLength(2);
  });

  it('keeps the run formatting of the body and ends it with the closing mark once', async () => {
    const d = new Docx(await exportDocx(draftOf(board)));
    const para = d.paras(d.document.getElementsByTagName('w:body')[0]).find((x) => x.text.startsWith('Thực hiện'))!;
    expect(para.runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ['Thực hiện đúng ', false, false], ['quy trình', true, false], [', ', false, false], ['thủ tục', false, true], ['.', false, false],
    ]);
    const last = d.paras(d.document.getElementsByTagName('w:body')[0]).find((x) => x.text.startsWith('- Bảo đảm'))!;
    expect(last.text).toBe('- Bảo đảm công khai, dân chủ./.');
    expect(last.el.toString()).toMatch(/<w:keepNext\/>/);
  });

  it('starts each appendix on a new page', async () => {
    const d = new Docx(await exportDocx(draftOf(board)));
    const label = d.paras(d.document.getElementsByTagName('w:body')[0]).find((x) => x.text === 'PHỤ LỤC 1')!;
    expect(label.el.toString()).toMatch(/<w:pageBreakBefore\/>/);
    expect(label.style).toBe('VtAppendixLabel');
  });

  it('prints a draft mark and leaves the number and date blank before registration', async () => {
    const d = new Docx(await exportDocx(draftOf(doc(header({ draftMark: 'DỰ THẢO' }), title(), body(p('x')), closing(signature(), recipients())))));
    expect(d.para(d.blocks()[0]).text).toBe('DỰ THẢO');
    const xml = d.text('word/document.xml');
    expect(xml).toMatch(/Số\u00a0+-NQ\/TU/u);
    expect(xml).toMatch(/Ninh Bình, ngày\u00a0+tháng\u00a0+năm/u);
  });
});
