/**
 * One list per concept (issue #13 item 2): the status lists, the secrecy and urgency levels and the
 * date forms live once in common/rules; the registry's SQL CHECKs, which keep their own literal in
 * the migrations, hold exactly the same lists.
 */
import { describe, expect, it } from 'vitest';
import { displayDate, stampDate, toIsoDate, typedDateIso } from '../../../common/rules/date-line';
import { defaultScopeForCode, docTypeOfCode, findDocType, UNKNOWN_CODE_SCOPE } from '../../../common/rules/doc-types';
import { DRAFT_STATUSES } from '../../../common/rules/draft-status';
import { INCOMING_DONE, INCOMING_NEW, INCOMING_STATUSES, INCOMING_STATUS_LABELS, isIncomingStatus } from '../../../common/rules/incoming-status';
import { OUTGOING_STATUSES, OUTGOING_STATUS_LABELS } from '../../../common/rules/outgoing-status';
import { isSecret, SECRECY_LABELS, SECRECY_LEVELS, secrecyLevelOf, URGENCY_LABELS, URGENCY_LEVELS } from '../../../common/rules/secrecy-urgency';
import { DRAFTS_V3 } from '../../../main/registry/schema/drafts';
import { SCHEMA_V1 } from '../../../main/registry/schema/v1';

/** The values of `CHECK (status IN (…))` in the CREATE TABLE of `table`. */
function checkedStatuses(sql: string, table: string): string[] {
  const create = new RegExp(`CREATE TABLE ${table} \\(([\\s\\S]*?)\\);`).exec(sql)?.[1] ?? '';
  const list = /status TEXT NOT NULL(?: DEFAULT '[^']*')? CHECK \(status IN \(([^)]*)\)\)/.exec(create)?.[1] ?? '';
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

describe('status lists', () => {
  it('the registry migrations check exactly the common lists', () => {
    expect(checkedStatuses(SCHEMA_V1, 'in_entries')).toEqual([...INCOMING_STATUSES]);
    expect(checkedStatuses(SCHEMA_V1, 'out_entries')).toEqual([...OUTGOING_STATUSES]);
    expect(checkedStatuses(DRAFTS_V3, 'drafts')).toEqual([...DRAFT_STATUSES]);
  });

  it('incoming: three states in order, each with its label', () => {
    expect(INCOMING_STATUSES).toEqual(['chưa xử lý', 'đang xử lý', 'đã xử lý']);
    expect([INCOMING_NEW, INCOMING_DONE]).toEqual(['chưa xử lý', 'đã xử lý']);
    expect(INCOMING_STATUSES.map((s) => INCOMING_STATUS_LABELS[s])).toEqual(['Chưa xử lý', 'Đang xử lý', 'Đã xử lý']);
    expect([isIncomingStatus('đang xử lý'), isIncomingStatus('Đang xử lý'), isIncomingStatus('issued')]).toEqual([true, false, false]);
  });

  it('outgoing and draft states are shown in Vietnamese', () => {
    expect(OUTGOING_STATUSES.map((s) => OUTGOING_STATUS_LABELS[s])).toEqual(['Đã cấp số', 'Giữ số', 'Đã hủy']);
    expect(DRAFT_STATUSES).toEqual(['draft', 'submitted', 'issued']);
  });
});

describe('secrecy and urgency', () => {
  it('one list each, printed in capitals, labelled in sentence case', () => {
    expect(SECRECY_LEVELS.map((l) => SECRECY_LABELS[l])).toEqual(['Không', 'Mật', 'Tối mật', 'Tuyệt mật']);
    expect(URGENCY_LEVELS.map((l) => URGENCY_LABELS[l])).toEqual(['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc', 'Hỏa tốc hẹn giờ']);
  });

  it('reads a marking in any case: "Mật" in a register is the header\'s "MẬT"', () => {
    expect([secrecyLevelOf('Mật'), secrecyLevelOf(' tối mật '), secrecyLevelOf('Khẩn')]).toEqual(['MẬT', 'TỐI MẬT', undefined]);
    expect([isSecret('Mật'), isSecret('TUYỆT MẬT'), isSecret('tối mật'), isSecret(''), isSecret('Khẩn'), isSecret(null)]).toEqual([true, true, true, false, false, false]);
  });
});

describe('date forms', () => {
  it('displayDate: ISO date or timestamp → dd/mm/yyyy; empty → empty; other text kept', () => {
    expect(displayDate('2026-03-04')).toBe('04/03/2026');
    expect(displayDate('2026-11-22T09:26:00.000Z')).toBe('22/11/2026');
    expect([displayDate(''), displayDate(null), displayDate(undefined)]).toEqual(['', '', '']);
    expect(displayDate(' tháng 3/2026 ')).toBe('tháng 3/2026');
    expect(displayDate('2026-02-31')).toBe('2026-02-31');
  });

  it('typedDateIso: what a clerk types → ISO; blank stays blank; unreadable → null', () => {
    expect([typedDateIso('10/3/21'), typedDateIso('10/03/2021'), typedDateIso('2021-03-10')]).toEqual(['2021-03-10', '2021-03-10', '2021-03-10']);
    expect([typedDateIso('  '), typedDateIso('31/02/2026'), typedDateIso('mai')]).toEqual(['', null, null]);
  });

  it('toIsoDate writes the year on four digits, so a typing slip "1/1/999" reads as an ISO date out of range', () => {
    expect(toIsoDate({ year: 999, month: 1, day: 1 })).toBe('0999-01-01');
  });

  it('stampDate: the received stamp\'s short form without leading zeros', () => {
    expect([stampDate('2021-03-10'), stampDate('2026-12-05'), stampDate('2030-01-01')]).toEqual(['10/3/21', '5/12/26', '1/1/30']);
  });
});

describe('numbering scope of an abbreviation', () => {
  it('"QĐi" is Quy định\'s own alternative abbreviation, not an unknown code', () => {
    expect(docTypeOfCode('QĐi')?.id).toBe('quy-dinh');
    expect(defaultScopeForCode('QĐi')).toBe(findDocType('quy-dinh')!.scope);
  });

  it('a type\'s own code gives its scope; an unknown code gives the stated default', () => {
    expect(docTypeOfCode('QĐ')?.id).toBe('quyet-dinh');
    expect([defaultScopeForCode('GM'), defaultScopeForCode('NQ')]).toEqual(['year', 'term']);
    expect(docTypeOfCode('XYZ')).toBeUndefined();
    expect(defaultScopeForCode('XYZ')).toBe(UNKNOWN_CODE_SCOPE);
  });
});
