/**
 * Layout profile of Hướng dẫn 05-HD/VPTW (2026) with Quy định 399-QĐ/TW, built from HD 36 and the
 * changes reported by third-party sources (spec §7). Every change is uncertain until the official
 * text is obtained, so each is also listed in `uncertain`.
 */
import { HD36 } from './hd36';
import type { LayoutProfile } from './types';

const body = { ...HD36.styles.body, firstLineMm: 10, lineExactPt: 19 };

/** HD 05-HD/VPTW (2026), reported changes over HD 36. */
export const HD05: LayoutProfile = {
  ...HD36,
  id: 'hd05-2026',
  name: 'Hướng dẫn 05-HD/VPTW (2026)',
  validFrom: '2026-05-27',
  styles: {
    ...HD36.styles,
    body,
    heading1: { ...body, bold: true, keepNext: true },
    heading2: { ...body, bold: true, keepNext: true },
    heading3: { ...body, keepNext: true },
    dashItem: { ...body },
    signatureTitle: { ...HD36.styles.signatureTitle, bold: false },
  },
  wording: { ...HD36.wording, closingMark: '.' },
  uncertain: {
    ...HD36.uncertain,
    validFrom: 'Ngày của HD 05: nguồn thứ cấp ghi 27/5/2026 (hai nguồn) hoặc 12/01/2026 (một nguồn).',
    'styles.body.firstLineMm': 'Thụt đầu dòng 10 mm (nguồn thứ cấp).',
    'styles.body.lineExactPt': 'Giãn dòng chính xác 19 pt (một nguồn ghi 18 pt).',
    'styles.signatureTitle.bold': 'Chức vụ người ký không in đậm (nguồn thứ cấp).',
    'wording.closingMark': 'Kết thúc văn bản bằng "." thay cho "./." (nguồn thứ cấp).',
  },
};
