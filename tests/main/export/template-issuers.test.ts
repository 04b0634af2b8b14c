import { describe, expect, it } from 'vitest';
import { Node } from 'prosemirror-model';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { findPart, partAttrs } from '../../../common/model/parts';
import { schema } from '../../../common/model/schema';
import { checkDocument } from '../../../common/rules/check';
import { HD36 } from '../../../common/profile/hd36';
import { exportDocx } from '../../../main/export/docx';
import { defaultOrganisation, listTemplates, parseOrganisation } from '../../../main/templates';
import { Docx, type Para } from '../../helpers/ooxml';

const org = defaultOrganisation();
const templates = listTemplates();
const TU = 'TỈNH ỦY NINH BÌNH';

/** Who each template is written for: header lines, signature lines, the bodies allowed to speak in its body. */
const EXPECTED: Record<string, { superior: string; issuer: string; authority: string | null; title: string; speakers: string[] }> = {
  'nghi-quyet': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'ket-luan': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'ke-hoach': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'quyet-dinh': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'chi-thi': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'quy-dinh': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'quy-che': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'chuong-trinh': { superior: '', issuer: TU, authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'huong-dan': { superior: TU, issuer: 'BAN TỔ CHỨC', authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', speakers: ['Ban Tổ chức Tỉnh ủy'] },
  'thong-bao': { superior: '', issuer: TU, authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', speakers: ['Thường trực Tỉnh ủy', 'Văn phòng Tỉnh ủy'] },
  'giay-moi': { superior: '', issuer: TU, authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', speakers: ['Ban Thường vụ Tỉnh ủy'] },
  'bao-cao': { superior: TU, issuer: 'VĂN PHÒNG', authority: null, title: 'CHÁNH VĂN PHÒNG', speakers: ['Văn phòng Tỉnh ủy'] },
  'to-trinh': { superior: TU, issuer: 'VĂN PHÒNG', authority: null, title: 'CHÁNH VĂN PHÒNG', speakers: ['Văn phòng Tỉnh ủy'] },
  'cong-van': { superior: TU, issuer: 'VĂN PHÒNG', authority: null, title: 'CHÁNH VĂN PHÒNG', speakers: ['Văn phòng Tỉnh ủy'] },
};

/** A body of the province followed by a verb of the sender: who is speaking in the document. */
const SPEAKER = /(Văn phòng Tỉnh ủy|Ban Thường vụ Tỉnh ủy|Thường trực Tỉnh ủy|Ban Tổ chức Tỉnh ủy) (kính trình|đề nghị|hướng dẫn|trân trọng kính mời|thông báo|kết luận|yêu cầu|xây dựng|ban hành)/gu;

const nonEmpty = (ps: Para[]) => ps.filter((p) => p.text.trim() !== '');

async function exported(id: string): Promise<Docx> {
  const t = templates.find((x) => x.id === id)!;
  return new Docx(await exportDocx(setNumberAndDate(createDraft(t, org), 7, '2026-03-06')));
}

describe('each template is worded for the body that issues it and signed as that body signs', () => {
  it('covers every template', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(templates.map((t) => t.id).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (id, e) => {
    const d = await exported(id);
    const tables = d.blocks().filter((b) => b.nodeName === 'w:tbl');
    const left = nonEmpty(d.paras(d.cells(tables[0])[0]));
    const lines = left.slice(0, e.superior ? 2 : 1);
    expect(lines.map((p) => p.text)).toEqual(e.superior ? [e.superior, e.issuer] : [e.issuer]);
    expect(lines.at(-1)!.runs[0].bold).toBe(true);

    const sig = nonEmpty(d.paras(d.cells(tables.at(-1)!)[1]));
    expect(sig.slice(0, e.authority ? 2 : 1).map((p) => p.text)).toEqual(e.authority ? [e.authority, e.title] : [e.title]);
    expect(sig.at(-1)!.text).not.toBe('');

    const body = d.paras(d.document.getElementsByTagName('w:body')[0]).map((p) => p.text).join('\n');
    const speakers = [...body.matchAll(SPEAKER)].map((m) => m[1]);
    for (const s of speakers) expect(e.speakers, `"${s} …" trong ${id}`).toContain(s);
    expect(body).not.toMatch(/huyện ủy|thị ủy|quận ủy/iu);
    // The file copy is the issuer's own: a ban's or the Văn phòng's, else the Văn phòng's for the committee.
    const archive = d.paras(d.cells(tables.at(-1)!)[0], true).map((p) => p.text).at(-1);
    expect(archive).toBe(e.issuer === 'BAN TỔ CHỨC' ? '- Lưu Ban Tổ chức Tỉnh ủy.' : '- Lưu Văn phòng Tỉnh ủy.');
  });
});

describe('the Party pattern of a Quyết định', () => {
  it('prints the căn cứ lines first, then "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH" on its own line', async () => {
    const d = await exported('quyet-dinh');
    const texts = d.paras(d.document.getElementsByTagName('w:body')[0]).map((p) => p.text);
    const decides = texts.indexOf('BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH');
    const groundsAt = texts.findIndex((t) => t.startsWith('- Căn cứ Điều lệ Đảng'));
    expect(groundsAt).toBeGreaterThan(-1);
    expect(decides).toBeGreaterThan(groundsAt);
    expect(texts.slice(0, groundsAt)).not.toContain('BAN THƯỜNG VỤ TỈNH ỦY');
    expect(texts[decides + 1]).toMatch(/^Điều 1\./u);
  });
});

describe('Tổ chức thực hiện of a Kế hoạch', () => {
  it('prints each item\'s number and lead phrase up to the colon in bold, the rest regular', async () => {
    const d = await exported('ke-hoach');
    const items = d.paras(d.document.getElementsByTagName('w:body')[0]).filter((p) => /^\d\. [^:]+: /u.test(p.text));
    expect(items.map((p) => p.text.slice(0, p.text.indexOf(':') + 1))).toEqual(['1. Các đảng ủy trực thuộc Tỉnh ủy:', '2. Các cơ quan được giao chủ trì:', '3. Văn phòng Tỉnh ủy:']);
    for (const p of items) {
      const lead = p.text.indexOf(':') + 1;
      let at = 0;
      for (const r of p.runs) {
        if (r.text.trim()) expect(r.bold, `"${r.text}"`).toBe(at < lead);
        at += r.text.length;
      }
      const first = p.el.getElementsByTagName('w:r')[0];
      expect(first.getElementsByTagName('w:b').length).toBe(1);
    }
  });
});

describe('an organisation profile without issuers (saved before the field)', () => {
  it('still loads; a Văn phòng document gets the Văn phòng header and a CHÁNH VĂN PHÒNG line to name', () => {
    const { issuers: _drop, ...old } = JSON.parse(JSON.stringify(org));
    const r = parseOrganisation(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = templates.find((x) => x.id === 'to-trinh')!;
    const doc = Node.fromJSON(schema, createDraft(t, r.org).doc);
    const header = partAttrs(doc, 'header');
    expect([header.superior, header.issuer, header.issuerCode]).toEqual([TU, 'VĂN PHÒNG', 'VPTU']);
    const sig = partAttrs(doc, 'signature');
    expect([sig.authority, sig.title, sig.name]).toEqual(['', 'CHÁNH VĂN PHÒNG', '']);
    const nq = Node.fromJSON(schema, createDraft(templates.find((x) => x.id === 'nghi-quyet')!, r.org).doc);
    expect(partAttrs(nq, 'signature')).toMatchObject({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn An' });
  });
});

describe('the format check and the issuer', () => {
  const ctx = (typeId: string) => ({ profile: HD36, typeId, issuerKind: org.kind, place: org.place });
  it('accepts a Văn phòng signing in its head\'s own name under a Tỉnh ủy profile', () => {
    const doc = Node.fromJSON(schema, createDraft(templates.find((x) => x.id === 'to-trinh')!, org).doc);
    expect(checkDocument(doc, ctx('to-trinh')).filter((f) => f.code.startsWith('authority'))).toEqual([]);
  });
  it('warns when a Nghị quyết is signed T/L, and refuses a Tỉnh ủy\'s own document signed without T/M', () => {
    const doc = Node.fromJSON(schema, createDraft(templates.find((x) => x.id === 'nghi-quyet')!, org).doc);
    const withSig = (attrs: Record<string, unknown>) => {
      const json = doc.toJSON();
      const closing = json.content.find((c: { type: string }) => c.type === 'closing');
      closing.content[0].attrs = { ...closing.content[0].attrs, ...attrs };
      return Node.fromJSON(schema, json);
    };
    const tl = checkDocument(withSig({ authority: 'T/L', title: 'CHÁNH VĂN PHÒNG' }), ctx('nghi-quyet'));
    expect(tl.find((f) => f.code === 'authority-unusual')?.severity).toBe('warning');
    const own = checkDocument(withSig({ authority: '', onBehalfOf: '' }), ctx('nghi-quyet'));
    expect(own.some((f) => f.code === 'authority')).toBe(true);
  });
});

describe('a ban\'s own profile', () => {
  it('issues a Tờ trình in its own name, signed by its head without authority', () => {
    const ban = parseOrganisation(JSON.stringify({
      superior: 'TỈNH ỦY NINH BÌNH', name: 'BAN TỔ CHỨC', symbol: 'BTCTU', kind: 'tham-muu', place: 'Ninh Bình',
      signers: [{ name: 'Vũ Đức Giang', title: 'TRƯỞNG BAN' }], archive: 'Ban Tổ chức Tỉnh ủy',
    }));
    expect(ban.ok).toBe(true);
    if (!ban.ok) return;
    const doc = Node.fromJSON(schema, createDraft(templates.find((x) => x.id === 'to-trinh')!, ban.org).doc);
    expect(partAttrs(doc, 'header')).toMatchObject({ superior: 'TỈNH ỦY NINH BÌNH', issuer: 'BAN TỔ CHỨC', issuerCode: 'BTCTU' });
    expect(partAttrs(doc, 'signature')).toMatchObject({ authority: '', title: 'TRƯỞNG BAN', name: 'Vũ Đức Giang' });
    expect(findPart(doc, 'body').textContent).toContain('Ban Tổ chức Tỉnh ủy kính trình Ban Thường vụ Tỉnh ủy');
  });
});
