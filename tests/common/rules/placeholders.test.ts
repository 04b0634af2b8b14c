/** The check lists template leftovers and a doubled dash; the issue gate blocks on them. */
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { blockFromCompact } from '../../../common/model';
import { HD05 } from '../../../common/profile/hd05';
import { checkDocument, type CheckContext } from '../../../common/rules/check';
import { issueBlockers } from '../../../common/rules/issue-gate';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { appendix, body, closing, dash, doc, draftOf, header, p, recipients, signature, title } from '../../helpers/builders';
import { filledDraft } from '../../helpers/filled-draft';

const ctx: CheckContext = { profile: HD05, typeId: 'nghi-quyet' };
const errorsOf = (...blocks: ReturnType<typeof p>[]) =>
  checkDocument(doc(header(), title(), body(...blocks), closing(signature(), recipients())), ctx).filter((f) => f.severity === 'error');

describe('template leftovers in the check', () => {
  it('lists every marked blank with the words around it and the paragraph, samples too', () => {
    const found = errorsOf(p('Mở đầu.'), p('Văn bản.'), blockFromCompact({ p: 'Tại hội nghị ngày [[...]] tháng [[...]] năm [[2026]], [[~sau khi nghe báo cáo]] kết luận:' }));
    expect(found.map((f) => f.message)).toEqual([
      'Còn chỗ trống của mẫu chưa điền: "hội nghị ngày ... tháng ... năm 2026, sau khi nghe" (đoạn 3).',
      'Còn câu văn mẫu chưa thay: "sau khi nghe báo cáo" (đoạn 3).',
    ]);
    expect(found.map((f) => f.code)).toEqual(['placeholder-blank', 'placeholder-sample']);
  });

  it('finds the same blanks written as plain text (no mark), but not an ellipsis after a word', () => {
    const found = errorsOf(p('Tại hội nghị ngày ... tháng … năm 2026.'), p('Kính mời: ..........'), p('Gửi [tên đơn vị] để biết.'), p('Các lĩnh vực kinh tế, xã hội…'));
    expect(found.map((f) => [f.code, f.message])).toEqual([
      ['placeholder-literal', 'Còn chỗ trống của mẫu chưa điền: "hội nghị ngày ... tháng … năm 2026." (đoạn 1).'],
      ['placeholder-literal', 'Còn chỗ trống của mẫu chưa điền: "Kính mời: .........." (đoạn 2).'],
      ['placeholder-literal', 'Còn chỗ trống của mẫu chưa điền: "Gửi [tên đơn vị] để biết." (đoạn 3).'],
    ]);
  });

  it('finds "(nơi nhận mới)" left in Nơi nhận and blanks in the title fields, pointing at the field', () => {
    const d = doc(header(), title({ summary: 'về hội nghị ngày ... tháng ...' }), body(p('Nội dung.')), closing(signature(),
      recipients({ items: [{ lines: ['(nơi nhận mới)'], purpose: '' }] })));
    const found = checkDocument(d, ctx).filter((f) => f.code.startsWith('placeholder'));
    expect(found).toMatchObject([
      { part: 'title', field: 'summary', severity: 'error', message: 'Còn chỗ trống của mẫu chưa điền: "hội nghị ngày ... tháng ..." (Trích yếu nội dung).' },
      { part: 'recipients', field: 'items', severity: 'error', message: 'Còn chỗ trống của mẫu chưa điền: "(nơi nhận mới)" (Nơi nhận).' },
    ]);
  });

  it('looks into tables and appendices', () => {
    const table = blockFromCompact({ table: [['TT', 'Nội dung'], ['1', '[[~Việc mẫu]]']] });
    const d = doc(header(), title(), body(p('Nội dung.'), table), closing(signature(), recipients()), appendix('PHỤ LỤC', 'Danh sách', p('Ông ...')));
    expect(checkDocument(d, ctx).filter((f) => f.code.startsWith('placeholder')).map((f) => f.message)).toEqual([
      'Còn câu văn mẫu chưa thay: "Việc mẫu" (đoạn 2).',
      'Còn chỗ trống của mẫu chưa điền: "Ông ..." (phụ lục 1, đoạn 1).',
    ]);
  });

  it('flags "- - " typed after the automatic dash', () => {
    expect(errorsOf(dash('- - Nội dung.'), dash('- Nội dung - ý phụ.'), p('- – Ý khác.')).map((f) => f.code)).toEqual(['dash-double', 'dash-double']);
  });
});

describe('the issue gate', () => {
  it('blocks a draft fresh from its template, naming the blanks', () => {
    const draft = createDraft(findTemplate('ket-luan')!, defaultOrganisation());
    const blockers = issueBlockers(draft);
    expect(blockers[0]).toBe('Còn chỗ trống của mẫu chưa điền: "hội nghị ngày ... tháng ... năm 2026, sau khi nghe" (đoạn 1).');
    expect(blockers.length).toBeGreaterThan(5);
  });

  it('lets the same draft through once every placeholder is filled, even with a number written ahead', () => {
    expect(issueBlockers(filledDraft('ket-luan'))).toEqual([]);
    expect(issueBlockers(filledDraft('ket-luan', defaultOrganisation(), { serial: 88 }))).toEqual([]);
  });

  it('blocks an old draft with a literal blank, and gives the refusal of a draft that does not load', () => {
    const old = draftOf(doc(header(), title(), body(p('Ngày ... tháng ... năm 2026, hội nghị họp.')), closing(signature(), recipients())));
    expect(issueBlockers(old)).toEqual(['Còn chỗ trống của mẫu chưa điền: "Ngày ... tháng ... năm 2026, hội" (đoạn 1).']);
    expect(issueBlockers({ format: 'x' })).toEqual(['Tệp này không phải là bản thảo vanthu (thiếu "format": "vanthu-draft").']);
  });
});
