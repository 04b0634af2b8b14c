/** An organisation profile file with a wrong type, broken JSON or a BOM gets a Vietnamese answer. */
import { describe, expect, it } from 'vitest';
import { parseOrganisation } from '../../../main/templates/index';
import org from '../../../templates/organisation.default.json';

describe('reading an organisation profile', () => {
  it('says a wrong type in Vietnamese, not zod English', () => {
    const r = parseOrganisation(JSON.stringify({ ...org, name: 12 }));
    expect(r).toEqual({ ok: false, message: 'Hồ sơ cơ quan sai ở "Tên cơ quan ban hành" (name): phải là chuỗi ký tự.' });
  });

  it('says where broken JSON is, and accepts a BOM', () => {
    expect(parseOrganisation('{"name": 1,}')).toEqual({ ok: false, message: 'Tệp hồ sơ cơ quan không phải JSON hợp lệ (lỗi ở ký tự thứ 12).' });
    expect(parseOrganisation(`\uFEFF${JSON.stringify(org)}`).ok).toBe(true);
  });
});
