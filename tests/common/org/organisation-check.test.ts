/**
 * An organisation profile with a wrong value is refused with one Vietnamese sentence naming the
 * field as the settings screen names it, with its path in the file — by the check itself, by the
 * registry (`saveOrganisation`) and by the CLI's `--org` reader alike; never zod's English.
 */
import { describe, expect, it } from 'vitest';
import { checkOrganisation } from '../../../common/org/organisation-check';
import { defaultOrganisation, parseOrganisation } from '../../../main/templates/index';
import { freshRegistry } from '../../main/registry/helpers';

const base = () => defaultOrganisation();
const withLayout = (layout: unknown) => ({ ...base(), layout });
const ENGLISH = /Invalid|expected|Unrecognized|received/;

describe('checkOrganisation', () => {
  it('names an override value outside its list by its label and path', () => {
    const r = checkOrganisation(withLayout({ profile: null, override: { wording: { recipientSeparator: '|' } } }));
    expect(r).toEqual({ ok: false, message: 'Hồ sơ cơ quan sai ở "Dấu cuối dòng nơi nhận" (layout.override.wording.recipientSeparator): chỉ được chọn "," hoặc ";".' });
  });

  it('names a margin out of bounds, an unknown override and an unknown profile in Vietnamese', () => {
    const margin = checkOrganisation(withLayout({ profile: null, override: { page: { margins: { top: 99 } } } }));
    expect(margin).toEqual({ ok: false, message: 'Hồ sơ cơ quan sai ở "Lề trên (mm)" (layout.override.page.margins.top): phải là số từ 5 đến 50.' });
    const unknown = checkOrganisation(withLayout({ profile: null, override: { wording: { partyTitle: 'X' } } }));
    expect(unknown.ok || unknown.message).toBe('Hồ sơ cơ quan sai ở "Thể thức văn bản" (layout.override.wording): có trường không được phép (partyTitle).');
    const profile = checkOrganisation(withLayout({ profile: 'hd99', override: {} }));
    expect(profile.ok || profile.message).toBe('Hồ sơ cơ quan sai ở "Hướng dẫn thể thức" (layout.profile): chỉ nhận một trong các giá trị: "hd36-2018", "hd05-2026".');
  });

  it('names a profile field by its screen label', () => {
    const r = checkOrganisation({ ...base(), symbol: 'T U' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Hồ sơ cơ quan sai ở "Ký hiệu cơ quan" \(symbol\): /);
    expect(!r.ok && r.message).not.toMatch(ENGLISH);
  });

  it('accepts the shipped profile', () => {
    expect(checkOrganisation(base()).ok).toBe(true);
  });
});

describe('the same message from the registry and the CLI reader', () => {
  const bad = withLayout({ profile: null, override: { wording: { recipientSeparator: '|' } } });
  const expected = 'Hồ sơ cơ quan sai ở "Dấu cuối dòng nơi nhận" (layout.override.wording.recipientSeparator): chỉ được chọn "," hoặc ";".';

  it('registry saveOrganisation refuses it with that message and stores nothing', () => {
    const reg = freshRegistry();
    try {
      expect(() => reg.saveOrganisation(bad)).toThrow(expected);
      expect(reg.getOrganisation()).toBeNull();
    } finally {
      reg.close();
    }
  });

  it('parseOrganisation (vanthu new --org) gives the same sentence', () => {
    expect(parseOrganisation(JSON.stringify(bad))).toEqual({ ok: false, message: expected });
  });
});
