/**
 * What a Word file can write wrongly that the recogniser quietly puts right in the draft, read from
 * the text as it stands in the file (spec §2.3, §6.3): "ĐẢNG CỘNG SẢN VIỆT NAM" and the star
 * missing, a State heading (Quốc hiệu), a colon after "Số" or a State number, a date line such as
 * "tháng 03", State signing marks ("TM."), a signature without the signer's name, "Nơi nhận"
 * lines ending with ";", a missing "Lưu" line or one written "Lưu:".
 */
import type { WordFinding } from '../../../common/api/domains/word';
import type { LayoutProfile } from '../../../common/profile';
import { checkDateLine } from '../../../common/rules/date-line';
import { parseNumber } from '../../../common/rules/number';
import { upperVi } from '../../../common/text/normalize';
import type { WordParagraph } from '../read/types';
import type { ImportRole, Placement } from '../recognise/types';

const STATE_TITLE = /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
const STATE_AUTHORITY = /^(TM|KT|TL|TUQ)\.\s*/u;

/** Checks the raw text of the placed paragraphs; `paragraphs` are all the file's paragraphs (body, cells, text boxes). */
export function checkStructure(placements: Placement[], paragraphs: WordParagraph[], profile: LayoutProfile): WordFinding[] {
  const out: WordFinding[] = [];
  const w = profile.wording;
  const withRole = (...roles: ImportRole[]) => placements.filter((p) => roles.includes(p.role));
  const text = (p: Placement) => p.text.normalize('NFC').trim();
  if (withRole('party-title').length === 0) {
    out.push({ code: 'party-title-missing', severity: 'error', part: 'header', message: `Không có dòng "${w.partyTitle}".`, wants: `Dòng đầu khối bên phải: "${w.partyTitle}", in hoa, đậm, cỡ ${profile.styles.partyTitle.sizePt}, có đường kẻ dưới.` });
  } else {
    const t = withRole('party-title')[0];
    if (text(t).replace(/\s+/g, ' ') !== w.partyTitle) {
      out.push({ code: 'party-title-text', severity: 'error', part: 'header', source: t.seq, message: `Tiêu đề ghi "${text(t)}".`, wants: `"${w.partyTitle}" (in hoa).` });
    }
  }
  const state = paragraphs.find((p) => STATE_TITLE.test(p.text));
  if (state) {
    out.push({ code: 'state-title', severity: 'error', part: 'header', source: state.seq, message: 'Có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (thể thức văn bản nhà nước).', wants: `Văn bản của Đảng dùng tiêu đề "${w.partyTitle}".` });
  }
  if (withRole('issuer').length > 0 && withRole('star').length === 0) {
    out.push({ code: 'star-missing', severity: 'error', part: 'header', source: withRole('issuer')[0].seq, message: 'Thiếu dấu sao dưới tên cơ quan ban hành.', wants: `Một dòng "${w.star}" căn giữa giữa tên cơ quan và số, ký hiệu.` });
  }
  if (withRole('type-name').length > 0 && withRole('summary').length > 0 && withRole('separator').length === 0) {
    out.push({ code: 'separator-missing', severity: 'warning', part: 'title', source: withRole('summary')[0].seq, message: 'Không có gạch ngăn dưới trích yếu.', wants: `Một dòng "${w.summarySeparator}" căn giữa dưới trích yếu.` });
  }
  for (const n of withRole('number')) {
    const raw = text(n);
    if (/^Số\s*:/u.test(raw)) {
      out.push({ code: 'number-colon', severity: 'error', part: 'header', source: n.seq, message: `Số ghi "${raw}" (có dấu hai chấm sau "${w.numberPrefix}").`, wants: `"${w.numberPrefix} 04-NQ/TU": không có dấu hai chấm.` });
    } else if (/\d/u.test(raw)) {
      const r = parseNumber(raw);
      if (!r.ok) out.push({ code: 'number-form', severity: 'error', part: 'header', source: n.seq, message: r.message, wants: `Dạng "${w.numberPrefix} 04-NQ/TU".` });
    }
  }
  for (const d of withRole('place-date')) {
    const m = checkDateLine(text(d).replace(/\s+/g, ' '));
    if (m) out.push({ code: 'date-line', severity: 'error', part: 'header', source: d.seq, message: `Dòng ngày ghi "${text(d)}". ${m}`, wants: 'Dạng "Hà Nam, ngày 06 tháng 3 năm 2021": ngày dưới 10 và tháng 1, 2 có số 0 đứng trước, tháng 3 đến 12 không có.' });
  }
  for (const a of withRole('authority')) {
    const m = STATE_AUTHORITY.exec(text(a));
    if (m) out.push({ code: 'authority-state', severity: 'error', part: 'signature', source: a.seq, message: `Quyền hạn ký ghi "${m[1]}." (cách ghi của văn bản nhà nước).`, wants: `Văn bản của Đảng ghi ${w.authorities.map((x) => `"${x}"`).join(', ')}.` });
  }
  const name = withRole('signer-name')[0];
  if (!name || (upperVi(text(name)) === text(name) && /\p{Lu}{2}/u.test(text(name)))) {
    out.push({ code: 'signer-missing', severity: 'error', part: 'signature', source: name?.seq, message: name ? `Dòng cuối khối chữ ký là "${text(name)}", không phải họ tên người ký.` : 'Thiếu họ tên người ký.', wants: `Họ tên người ký ở dòng cuối khối chữ ký, chữ thường, đậm, cỡ ${profile.styles.signerName.sizePt}.` });
  }
  if (withRole('archive').length === 0) {
    out.push({ code: 'archive-missing', severity: 'error', part: 'recipients', message: `Nơi nhận thiếu dòng "- ${w.archivePrefix} …".`, wants: `Dòng cuối của Nơi nhận: "- ${w.archivePrefix} Văn phòng …." (không có dấu hai chấm).` });
  }
  const recipients = withRole('recipient').filter((r) => /^[-–]/u.test(text(r)));
  const semi = w.recipientSeparator !== ';' ? recipients.find((r) => text(r).endsWith(';')) : undefined;
  if (semi) {
    out.push({ code: 'recipient-separator', severity: 'error', part: 'recipients', source: semi.seq, message: `Dòng nơi nhận kết thúc bằng dấu chấm phẩy: "${text(semi)}".`, wants: `Mỗi dòng nơi nhận (trừ dòng cuối) kết thúc bằng dấu "${w.recipientSeparator}".` });
  }
  for (const a of withRole('archive')) {
    const raw = text(a);
    if (new RegExp(`^[-–]?\\s*${w.archivePrefix}\\s*:`, 'u').test(raw)) {
      out.push({ code: 'archive-colon', severity: 'error', part: 'recipients', source: a.seq, message: `Dòng lưu ghi "${raw}".`, wants: `"- ${w.archivePrefix} Văn phòng …." không có dấu hai chấm sau chữ "${w.archivePrefix}".` });
    } else if (!raw.endsWith('.')) {
      out.push({ code: 'archive-end', severity: 'warning', part: 'recipients', source: a.seq, message: `Dòng lưu không kết thúc bằng dấu chấm: "${raw}".`, wants: `"- ${w.archivePrefix} Văn phòng …." kết thúc bằng dấu chấm.` });
    }
  }
  return out;
}
