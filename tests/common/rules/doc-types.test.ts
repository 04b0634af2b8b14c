/**
 * Quy định is numbered "QĐ" (85-QĐ/TW, 399-QĐ/TW) or "QĐi" (08-QĐi/TW of 25/10/2018): an organisation
 * setting picks the one a new draft carries, and the parser and the format check accept both.
 * CTr, CV and BC are attested by real numbers (06-CTr/TU, 27-CTr/TU, 3398-CV/BTGTU, 229-BC/TU).
 */
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { schema } from '../../../common/model';
import { organisationSchema } from '../../../common/org/organisation';
import { HD36 } from '../../../common/profile/hd36';
import { checkDocument, type CheckContext } from '../../../common/rules/check';
import { acceptedTypeCodes, DEFAULT_QUY_DINH_CODE, DOC_TYPES, findDocType, typeCodeFor } from '../../../common/rules/doc-types';
import { parseNumber } from '../../../common/rules/number';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { body, closing, doc, header, p, recipients, signature, title } from '../../helpers/builders';

const ctx: CheckContext = { profile: HD36, typeId: 'quy-dinh', issuerKind: 'cap-uy', place: 'Ninh Bình' };
const quyDinh = (typeCode: string, issuerCode = 'TU') =>
  doc(header({ typeCode, issuerCode, serial: 8, date: '2018-10-25' }), title({ typeName: 'QUY ĐỊNH', summary: 'về thử nghiệm' }), body(p('Nội dung.')), closing(signature(), recipients()));
const typeFindings = (d: ReturnType<typeof quyDinh>) => checkDocument(d, ctx).filter((f) => f.code === 'type-code' || f.code === 'number-form');

describe('Quy định: QĐ or QĐi', () => {
  it('parses the real numbers "08-QĐi/TW", "Số 399-QĐ/TW" and "85-QĐ/TW"', () => {
    expect(parseNumber('08-QĐi/TW')).toEqual({ ok: true, value: { serial: 8, typeCode: 'QĐi', issuerCode: 'TW' } });
    expect(parseNumber('Số 399-QĐ/TW')).toEqual({ ok: true, value: { serial: 399, typeCode: 'QĐ', issuerCode: 'TW' } });
    expect(parseNumber('85-QĐ/TW')).toMatchObject({ ok: true, value: { typeCode: 'QĐ' } });
  });

  it('the format check accepts a Quy định numbered 08-QĐi/TW as well as 08-QĐ/TU', () => {
    expect(typeFindings(quyDinh('QĐi', 'TW'))).toEqual([]);
    expect(typeFindings(quyDinh('QĐ'))).toEqual([]);
  });

  it('still refuses the State form "QyĐ" for a Quy định and names both Party forms', () => {
    const f = typeFindings(quyDinh('QyĐ')).find((x) => x.code === 'type-code')!;
    expect(f.message).toBe('Ký hiệu tên loại của Quy định là "QĐ" hoặc "QĐi", không phải "QyĐ".');
  });

  it('QĐi is only for Quy định: a Quyết định numbered QĐi is reported', () => {
    expect(checkDocument(quyDinh('QĐi'), { ...ctx, typeId: 'quyet-dinh' }).map((f) => f.code)).toContain('type-code');
    expect(acceptedTypeCodes(findDocType('quyet-dinh')!)).toEqual(['QĐ']);
  });

  it('the organisation setting defaults to QĐ and a new Quy định draft carries the chosen abbreviation', () => {
    const org = defaultOrganisation();
    expect(org.quyDinhCode).toBeUndefined();
    expect(DEFAULT_QUY_DINH_CODE).toBe('QĐ');
    const typeCodeOf = (o: typeof org) => schema.nodeFromJSON(createDraft(findTemplate('quy-dinh')!, o).doc).child(0).attrs.typeCode;
    expect(typeCodeOf(org)).toBe('QĐ');
    const qdi = organisationSchema.parse({ ...org, quyDinhCode: 'QĐi' });
    expect(typeCodeOf(qdi)).toBe('QĐi');
    // The setting changes Quy định only.
    expect(typeCodeFor(findDocType('quyet-dinh')!, qdi)).toBe('QĐ');
    expect(organisationSchema.safeParse({ ...org, quyDinhCode: 'QyĐ' }).success).toBe(false);
  });
});

describe('attested type abbreviations', () => {
  it('CTr, CV and BC are marked attested, with the real number they were read in', () => {
    for (const [id, number] of [['chuong-trinh', '06-CTr/TU'], ['cong-van', '3398-CV/BTGTU'], ['bao-cao', '229-BC/TU']]) {
      const t = findDocType(id)!;
      expect(t.attested, id).toBe(true);
      expect(t.seenIn, id).toContain(number);
      const n = parseNumber(number);
      expect(n.ok && n.value.typeCode, number).toBe(t.code);
    }
  });

  it('every number a type cites parses with one of the type\'s codes', () => {
    for (const t of DOC_TYPES.filter((x) => x.seenIn)) {
      for (const number of t.seenIn!.split(/[,;] /u)) {
        const n = parseNumber(number);
        expect(n.ok && acceptedTypeCodes(t).includes(n.value.typeCode), `${t.id}: ${number}`).toBe(true);
      }
    }
  });
});
