/** The overridable layout values: every uncertain key has a field or a reason, overrides round-trip, garbage is refused. */
import { describe, expect, it } from 'vitest';
import { LAYOUT_SETTINGS, NOT_OVERRIDABLE, layoutChoiceSchema, overrideOf, overrideValues } from '../../../common/org/layout-settings';
import { PROFILES, applyOverride, resolveProfile } from '../../../common/profile/index';
import { choiceOf, formOf } from '../../../renderer/screens/settings/layout-form';

describe('layout settings', () => {
  it('cover every uncertain value of every profile (or say why it cannot be set)', () => {
    const keys = new Set([...LAYOUT_SETTINGS.map((s) => s.key), ...Object.keys(NOT_OVERRIDABLE)]);
    for (const p of PROFILES) for (const k of Object.keys(p.uncertain)) expect(keys, `${p.id}: ${k}`).toContain(k);
  });

  it('accept each profile\'s own defaults as an override, which then changes nothing', () => {
    for (const p of PROFILES) {
      const values = overrideValues(p as unknown as Record<string, unknown>);
      const override = overrideOf(values);
      expect(layoutChoiceSchema.safeParse({ profile: p.id, override }).success).toBe(true);
      expect(applyOverride(p, override)).toEqual(p);
    }
  });

  it('write an indent to the body and the paragraphs built from it', () => {
    const p = resolveProfile({ date: '2026-12-01', profileId: 'hd36-2018', override: overrideOf({ 'first-line': 15 }) });
    expect([p.styles.body, p.styles.heading1, p.styles.dashItem].map((s) => s.firstLineMm)).toEqual([15, 15, 15]);
    expect(p.styles.centeredHeading.firstLineMm).toBeUndefined();
  });

  it('refuse values out of bounds, of the wrong type, or not offered', () => {
    const bad = [
      { page: { margins: { left: 0 } } }, { page: { margins: { left: '30' } } }, { page: { headerMm: Number.NaN } },
      { styles: { body: { firstLineMm: 12.75 } } }, { styles: { recipientsLabel: { bold: 'có' } } },
      { wording: { recipientSeparator: '|' } }, { wording: { partyTitle: 'X' } }, { font: { family: 'Arial' } },
    ];
    for (const override of bad) expect(layoutChoiceSchema.safeParse({ profile: null, override }).success, JSON.stringify(override)).toBe(false);
  });
});

describe('layout settings form', () => {
  it('reads "12,7" and "có" back into the override, and shows an override the same way', () => {
    const form = { 'first-line': '12,7', 'recipients-bold': 'yes', 'closing-mark': '=.' };
    const r = choiceOf('hd05-2026', form);
    expect(r).toEqual({ ok: true, choice: { profile: 'hd05-2026', override: overrideOf({ 'first-line': 12.7, 'recipients-bold': true, 'closing-mark': '.' }) } });
    if (r.ok) expect(formOf(r.choice.override)).toMatchObject(form);
  });

  it('names each wrong field in Vietnamese', () => {
    expect(choiceOf(null, { 'first-line': 'mười' })).toEqual({ ok: false, errors: ['Thụt đầu dòng (mm): phải là số từ 0 đến 30 (phần lẻ viết sau dấu phẩy, ví dụ 12,5).'] });
    expect(choiceOf(null, { 'margin-left': '70', 'line-exact': '9' })).toEqual({
      ok: false, errors: ['Lề trái (mm): phải là số từ 5 đến 50.', 'Giãn dòng chính xác (pt): phải là số từ 12 đến 30.'],
    });
  });
});
