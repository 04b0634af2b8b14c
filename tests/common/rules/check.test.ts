/** The format check of a draft: each rule of spec §2/§8 the check panel reports, with its place. */
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { schema } from '../../../common/model';
import { HD05 } from '../../../common/profile/hd05';
import { HD36 } from '../../../common/profile/hd36';
import { checkDocument, partPositions, type CheckContext } from '../../../common/rules/check';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { body, closing, dash, doc, h1, h2, h3, header, p, recipients, signature, title } from '../../helpers/builders';
import { findPart } from '../../../common/model/parts';

const ctx: CheckContext = { profile: HD36, typeId: 'nghi-quyet', issuerKind: 'cap-uy', place: 'Ninh Bình' };
const good = () => doc(header(), title(), body(h1('I- QUAN ĐIỂM'), h2('1. Quan điểm'), h3('a) Chung'), dash('- Một ý.'), p('Nội dung')), closing(signature(), recipients()));
const codes = (d = good(), c = ctx) => checkDocument(d, c).map((f) => f.code);

describe('checkDocument', () => {
  it('finds nothing in a correct document', () => {
    expect(checkDocument(good(), ctx)).toEqual([]);
  });

  it('finds nothing but the template\'s own blanks in any template created for the default organisation', () => {
    const org = defaultOrganisation();
    for (const id of ['nghi-quyet', 'ket-luan', 'ke-hoach', 'thong-bao', 'bao-cao', 'cong-van']) {
      const d = schema.nodeFromJSON(createDraft(findTemplate(id)!, org).doc);
      expect(checkDocument(d, { ...ctx, typeId: id }).filter((f) => f.severity === 'error' && !f.code.startsWith('placeholder-')), id).toEqual([]);
    }
  });

  it('reports a missing summary, pointing at the title field', () => {
    const d = doc(header(), title({ summary: '  ' }), body(p('x')), closing(signature(), recipients()));
    const f = checkDocument(d, ctx).find((x) => x.code === 'summary-missing')!;
    expect(f).toMatchObject({ part: 'title', field: 'summary', severity: 'error', pos: partPositions(d).title });
    expect(f.message).toBe('Thiếu trích yếu nội dung văn bản.');
  });

  it('reports a bad number form (state abbreviation, punctuation in the symbol)', () => {
    expect(codes(doc(header({ typeCode: 'N-Q' }), title(), body(p('x')), closing(signature(), recipients())))).toContain('number-form');
    expect(codes(doc(header({ typeCode: 'QyĐ' }), title(), body(p('x')), closing(signature(), recipients())))).toContain('type-code');
  });

  it('reports an impossible date and a numbered but undated document', () => {
    const bad = doc(header({ date: '2021-02-30' }), title(), body(p('x')), closing(signature(), recipients()));
    expect(checkDocument(bad, ctx).find((f) => f.code === 'date-line')?.message).toMatch(/không có trên lịch/);
    expect(codes(doc(header({ serial: 4 }), title(), body(p('x')), closing(signature(), recipients())))).toContain('date-missing');
    expect(codes(doc(header({ serial: 4, date: '2021-03-06' }), title(), body(p('x')), closing(signature(), recipients())))).toEqual([]);
  });

  it('reports an authority not allowed for the issuer kind', () => {
    const d = doc(header(), title(), body(p('x')), closing(signature({ authority: 'K/T', onBehalfOf: 'BÍ THƯ' }), recipients()));
    const f = checkDocument(d, ctx).find((x) => x.code === 'authority')!;
    expect(f.part).toBe('signature');
    expect(f.message).toMatch(/không ký K\/T/);
    const adv = checkDocument(d, { ...ctx, issuerKind: 'tham-muu' }).map((x) => x.code);
    expect(adv).not.toContain('authority');
  });

  it('reports a missing Lưu line, a colon after Lưu and Lưu among the other recipients', () => {
    const sig = signature();
    expect(codes(doc(header(), title(), body(p('x')), closing(sig, recipients({ archive: '' }))))).toContain('archive-missing');
    expect(codes(doc(header(), title(), body(p('x')), closing(sig, recipients({ archive: ': VP' }))))).toContain('archive-colon');
    const items = [{ lines: ['Lưu VT'], purpose: '' }];
    expect(codes(doc(header(), title(), body(p('x')), closing(sig, recipients({ items }))))).toContain('archive-not-last');
  });

  it('reports a type the issuer may not issue', () => {
    const d = doc(header({ typeCode: 'NQ' }), title(), body(p('x')), closing(signature({ authority: '' }), recipients()));
    expect(codes(d, { ...ctx, issuerKind: 'tham-muu' })).toContain('type-not-allowed');
  });

  it('reports body headings not matching the patterns, with the block position', () => {
    const d = doc(header(), title(), body(p('Mở đầu'), h1('1. Sai cấp'), h1('II- Chữ thường'), h2('a) sai'), dash('Không gạch')), closing(signature(), recipients()));
    const found = checkDocument(d, ctx).filter((f) => f.part === 'body');
    expect(found.map((f) => f.code)).toEqual(['heading-form', 'heading-order', 'heading-upper', 'heading-form', 'dash-form']);
    const b = partPositions(d).body + 1;
    expect(found[0].pos).toBe(b + findPart(d, 'body').child(0).nodeSize);
    expect(d.nodeAt(found[0].pos)?.textContent).toBe('1. Sai cấp');
  });

  it('reports state-form citations and a colon after Số in the body', () => {
    const d = doc(header(), title(), body(p('Thực hiện Nghị quyết số 04/NQ-TU của Tỉnh ủy; Số: 12 ngày...')), closing(signature(), recipients()));
    expect(codes(d)).toEqual(['citation-state', 'number-colon']);
    expect(codes(doc(header(), title(), body(p('Thực hiện Nghị quyết số 04-NQ/TU, ngày 06/3/2021')), closing(signature(), recipients())))).toEqual([]);
  });

  it('reports an empty body and a lower-case summary rule', () => {
    expect(codes(doc(header(), title({ summary: 'Về việc' }), body(p('')), closing(signature(), recipients())))).toEqual(['summary-case', 'body-empty']);
  });

  it('reads the closing mark from the profile', () => {
    const d = doc(header(), title(), body(p('Kết thúc./.')), closing(signature(), recipients()));
    expect(codes(d)).toEqual([]);
    expect(codes(d, { ...ctx, profile: HD05 })).toEqual(['closing-mark']);
  });

  it('checks a 100-page body in one pass', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) => (i % 10 === 0 ? h2(`${(i / 10) % 9 + 1}. Mục`) : p('Nội dung đoạn văn bản dài. '.repeat(8))));
    const d = doc(header(), title(), body(h1('I- MỘT'), ...blocks), closing(signature(), recipients()));
    expect(checkDocument(d, ctx).length).toBeGreaterThan(0);
  });
});
