import { describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { acceptSamples } from '../../../common/draft/fill';
import { withHeader } from '../../../common/draft/operations';
import { exportDocx } from '../../../main/export/docx';
import { findIssuer } from '../../../common/org/issuers';
import { defaultOrganisation, listTemplates } from '../../../main/templates';
import { XMLSerializer } from '@xmldom/xmldom';
import { Docx } from '../../helpers/ooxml';
import { checkPartyFormat } from './party-format';

const org = defaultOrganisation();
const templates = listTemplates();

describe('the DOCX of every template passes the ten format checks (HD 36)', () => {
  it('has all the templates the issue asks for', () => {
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining([
      'nghi-quyet', 'ket-luan', 'ke-hoach', 'quyet-dinh', 'chi-thi', 'quy-dinh', 'quy-che', 'huong-dan',
      'thong-bao', 'bao-cao', 'chuong-trinh', 'to-trinh', 'cong-van', 'giay-moi',
    ]));
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s', async (id, t) => {
    const draft = setNumberAndDate(acceptSamples(createDraft(t, org)), 4, '2026-03-06');
    const d = new Docx(await exportDocx(draft));
    const code = { 'nghi-quyet': 'NQ', 'ket-luan': 'KL', 'ke-hoach': 'KH', 'cong-van': 'CV' }[id as string];
    const number = d.paras(d.cells(d.blocks().find((b) => b.nodeName === 'w:tbl')!)[0]).find((p) => p.text.startsWith('Số'))!.text;
    const issuer = findIssuer(org, t.issuer.role, t.issuer.symbol);
    if (code) expect(number).toBe(`Số 04-${code}/${issuer.symbol}`);
    checkPartyFormat(d, { number: number.slice(3), place: 'Ninh Bình', letter: t.title.layout === 'letter', superior: issuer.superior !== '', profile: 'hd36-2018' });
  });
});

describe('template placeholders in a draft export', () => {
  it('prints blanks and sample prose as their text, highlighted; a filled draft has no highlight', async () => {
    const t = templates.find((x) => x.id === 'ket-luan')!;
    const draft = withHeader(createDraft(t, org), (a) => ({ ...a, draftMark: 'DỰ THẢO' }));
    const d = new Docx(await exportDocx(draft));
    const xml = new XMLSerializer().serializeToString(d.document);
    const body = d.paras(d.document.getElementsByTagName('w:body')[0]).map((p) => p.text);
    expect(body).toContain('Tại hội nghị ngày ... tháng ... năm 2026, sau khi nghe Văn phòng Tỉnh ủy báo cáo tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm và ý kiến thảo luận của các đồng chí dự hội nghị, Ban Thường vụ Tỉnh ủy kết luận như sau:');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>\.\.\.<\/w:t>/);
    const filled = new Docx(await exportDocx(acceptSamples(draft)));
    expect(new XMLSerializer().serializeToString(filled.document)).not.toContain('w:highlight');
  });
});

describe('Kính gửi of a công văn', () => {
  it('aligns the addressees after the label, with the separators of Nơi nhận', async () => {
    const t = templates.find((x) => x.id === 'cong-van')!;
    const d = new Docx(await exportDocx(setNumberAndDate(createDraft(t, org), 12, '2026-03-06')));
    const lines = d.paras(d.document.getElementsByTagName('w:body')[0]).filter((p) => p.style === 'VtSalutation');
    expect(lines.map((p) => p.text)).toEqual(['Kính gửi:\t- Các ban xây dựng Đảng của Tỉnh ủy,', '- Các đảng ủy trực thuộc Tỉnh ủy.']);
    expect(lines.every((p) => p.indentLeft === Math.round(45 * 1440 / 25.4))).toBe(true);
  });
});

describe('profiles by date', () => {
  it('a document dated after HD 05 ends with "." and prints the title not bold', async () => {
    const t = templates.find((x) => x.id === 'ket-luan')!;
    const d = new Docx(await exportDocx(setNumberAndDate(createDraft(t, org), 88, '2026-09-05')));
    checkPartyFormat(d, { number: '88-KL/TU', place: 'Ninh Bình', letter: false, superior: false, profile: 'hd05-2026' });
    expect(d.text('word/styles.xml')).toMatch(/w:line="360"/); // 18 pt exact (the value most HD 05 sources give)
  });

  it('an organisation override wins over the profile (here: recipient separator ";")', async () => {
    const t = templates.find((x) => x.id === 'nghi-quyet')!;
    const draft = setNumberAndDate(createDraft(t, { ...org, layout: { profile: 'hd36-2018', override: { wording: { recipientSeparator: ';' } } } }), 5, '2026-09-05');
    const xml = new Docx(await exportDocx(draft)).text('word/document.xml');
    expect(xml).toContain('- Ban Bí thư Trung ương Đảng;');
    expect(xml).toContain('./.'); // profile chosen explicitly: HD 36 although dated after HD 05
  });
});

describe('determinism', () => {
  it('the same draft gives the same bytes at different times', async () => {
    const t = templates.find((x) => x.id === 'ke-hoach')!;
    const draft = setNumberAndDate(createDraft(t, org), 68, '2026-10-20');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T08:00:00Z'));
    const a = await exportDocx(draft);
    vi.setSystemTime(new Date('2031-06-30T23:59:00Z'));
    const b = await exportDocx(draft);
    vi.useRealTimers();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(new Docx(a).text('docProps/core.xml')).not.toMatch(/dcterms:(created|modified)/);
  });
});
