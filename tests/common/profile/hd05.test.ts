/**
 * HD 05-HD/VPTW values follow the weight of the evidence (spec §7a): body line spacing exactly 18 pt,
 * indent 10 mm; each stays a setting with a note saying how sure it is, and the note on the date says
 * the effective date is unknown and names both reported dates.
 */
import { describe, expect, it } from 'vitest';
import { HD05 } from '../../../common/profile/hd05';
import { HD36 } from '../../../common/profile/hd36';
import { profileForDate, resolveProfile } from '../../../common/profile/index';

describe('HD 05 profile', () => {
  it('sets body text exactly 18 pt apart, indented 10 mm, headings and dash items alike', () => {
    expect(HD05.styles.body).toMatchObject({ sizePt: 14, lineExactPt: 18, firstLineMm: 10 });
    for (const c of ['heading1', 'heading2', 'heading3', 'dashItem'] as const) expect(HD05.styles[c].lineExactPt, c).toBe(18);
  });

  it('lists each reported change as uncertain, with its source note', () => {
    expect(HD05.uncertain['styles.body.lineExactPt']).toBe('Giãn dòng chính xác 18 pt: đa số nguồn thứ cấp (một nguồn ghi 19 pt); chưa có nguyên văn HD 05.');
    expect(HD05.uncertain.validFrom).toContain('chưa biết ngày hiệu lực');
    expect(HD05.uncertain.validFrom).toContain('27/5/2026');
    expect(HD05.uncertain.validFrom).toContain('12/01/2026');
    expect(HD05.uncertain.validFrom).toContain('399-QĐ/TW (09/01/2026)');
    for (const key of ['styles.body.firstLineMm', 'styles.signatureTitle.bold', 'wording.closingMark']) expect(HD05.uncertain[key], key).toBeTruthy();
  });

  it('stays a setting: an organisation can pin 19 pt or pick HD 36 for a 2026 document', () => {
    expect(profileForDate('2026-05-26').id).toBe(HD36.id);
    expect(profileForDate(HD05.validFrom).id).toBe(HD05.id);
    expect(resolveProfile({ date: '2026-09-05', override: { styles: { body: { lineExactPt: 19 } } } }).styles.body.lineExactPt).toBe(19);
    expect(resolveProfile({ date: '2026-09-05', profileId: HD36.id }).id).toBe(HD36.id);
  });
});
