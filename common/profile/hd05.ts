/**
 * Layout profile of Hướng dẫn 05-HD/VPTW (2026) with Quy định 399-QĐ/TW (09/01/2026, confirmed), built
 * from HD 36 and the changes reported by third-party sources (spec §7 and its 2026 addendum §7a). No
 * official text of HD 05 has been found, so each change is also listed in `uncertain`, and each value
 * is the one most sources give (docs/sources.md, "HD 05 values"):
 * - body line spacing exactly 18 pt (a docx renderer and a second repository; one guide says 19 pt);
 * - first-line indent 10 mm (all three tools);
 * - chức vụ line not bold (a guide and one repository; one renderer still prints it bold);
 * - closing mark "." (one drafting guide; another repository's data still ends "./.");
 * - the switch date: 27/5/2026 is the issue date two repositories give (one gives 12/01/2026); the
 *   date HD 05 takes effect is not known, so an organisation may pin either profile instead
 *   (Cài đặt → Thể thức văn bản); the other values are overridable settings there.
 */
import { HD36 } from './hd36';
import type { LayoutProfile } from './types';

/** Body paragraphs: as HD 36 but indented 10 mm; the exact 18 pt spacing is kept explicit as an HD 05 value. */
const body = { ...HD36.styles.body, firstLineMm: 10, lineExactPt: 18 };

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
    validFrom: 'Chưa tìm được nguyên văn HD 05 nên chưa biết ngày hiệu lực. Hai nguồn thứ cấp ghi ngày ban hành 27/5/2026, một nguồn ghi 12/01/2026; vanthu tạm áp dụng HD 05 cho văn bản đề ngày từ 27/5/2026. Quy định 399-QĐ/TW (09/01/2026) đã được xác nhận. Có thể chọn hồ sơ thể thức trong Cài đặt.',
    'styles.body.firstLineMm': 'Thụt đầu dòng 10 mm: cả ba công cụ thứ cấp đều ghi vậy; chưa có nguyên văn HD 05.',
    'styles.body.lineExactPt': 'Giãn dòng chính xác 18 pt: đa số nguồn thứ cấp (một nguồn ghi 19 pt); chưa có nguyên văn HD 05.',
    'styles.signatureTitle.bold': 'Chức vụ người ký không in đậm: một hướng dẫn và một kho mã ghi vậy, một công cụ khác vẫn in đậm.',
    'wording.closingMark': 'Kết thúc văn bản bằng "." thay cho "./.": theo một hướng dẫn soạn thảo; nguồn khác vẫn dùng "./.".',
  },
};
