/**
 * How each line of a Party document is told apart by its text: the party title, the star, the
 * number line, the date line, the type name, the signing authority, "Nơi nhận", "Kính gửi", the
 * "Lưu" line, an appendix label. Texts are compared folded (tone marks, đ, case and spacing) so
 * "Đảng Cộng sản Việt Nam" in lower case or "ỦY"/"UỶ" are recognised. The Party rules themselves
 * (number form, date line, types, authorities) are common/rules'; here only what a line looks like.
 */
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../common/model/nodes/header';
import { DOC_TYPES, type DocType } from '../../../common/rules/doc-types';
import { foldTonePlacement, foldVietnamese, upperVi } from '../../../common/text/normalize';

/** Folds text for comparison: no tone or vowel marks, đ → d, lower case, single spaces. */
export function fold(text: string): string {
  return foldVietnamese(text).replace(/\s+/gu, ' ').trim();
}

/** "ĐẢNG CỘNG SẢN VIỆT NAM", any case. */
export function isPartyTitle(text: string): boolean {
  return fold(text) === 'dang cong san viet nam';
}

/** The star under the issuing body. */
export function isStar(text: string): boolean {
  return /^\*{1,3}$/u.test(text.trim());
}

/** A line drawn with characters: "-----", "_____", "———". */
export function isRuleText(text: string): boolean {
  return /^[-_–—=]{3,}$/u.test(text.replace(/\s/gu, ''));
}

/** Starts with "Số" (any case), the number line of the header. */
export function isNumberLine(text: string): boolean {
  return /^số(?![\p{L}])/iu.test(text.trim().normalize('NFC')) && /[-/]/u.test(text);
}

/** "…, ngày … tháng … năm …" or "…, 06/3/2021": the place and date line. */
export function isDateLine(text: string): boolean {
  const f = fold(text);
  return /,?\s*ngay\b.*\bthang\b.*\bnam\b/u.test(f) || /^[^,]+,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u.test(f);
}

/** A type name at the start of a line: the type and the rest of the line (an author written on the same line). */
export function typeNameAt(text: string): { type: DocType; rest: string } | null {
  const f = fold(text);
  let best: { type: DocType; rest: string } | null = null;
  for (const t of DOC_TYPES) {
    if (!t.printedName) continue;
    const name = fold(t.printedName);
    if (f === name || f.startsWith(`${name} `)) {
      if (!best || fold(best.type.printedName).length < name.length) {
        const words = t.printedName.split(/\s+/u).length;
        best = { type: t, rest: text.trim().split(/\s+/u).slice(words).join(' ') };
      }
    }
  }
  // Quy định is often spelled "QUI ĐỊNH".
  if (!best && /^qui dinh( |$)/u.test(f)) best = { type: DOC_TYPES.find((t) => t.id === 'quy-dinh')!, rest: text.trim().split(/\s+/u).slice(2).join(' ') };
  return best;
}

/** The signing authorities as the Party writes them, and the State forms users type instead. */
export const AUTHORITY_FORMS: Record<string, string> = { 'T/M': 'T/M', 'K/T': 'K/T', 'T/L': 'T/L', 'T/U': 'T/U', 'Q.': 'Q.', 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L', 'TUQ.': 'T/U', 'TM': 'T/M', 'KT': 'K/T', 'TL': 'T/L' };

/** An authority line "T/M BAN THƯỜNG VỤ" (or a State "TM. BAN …"): the form as written and the rest. */
export function authorityAt(text: string): { written: string; authority: string; rest: string } | null {
  const m = /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\s*\/\s*U|TUQ\.|TM\.?|KT\.?|TL\.?|Q\.)\s+(\S.*)$/u.exec(text.trim());
  if (!m) return null;
  const written = m[1].replace(/\s+/gu, '');
  const authority = AUTHORITY_FORMS[written];
  if (!authority) return null;
  // "TM BAN …" without the dot must be followed by capitals to be an authority.
  if (!/[./]/u.test(written) && m[2] !== upperVi(m[2])) return null;
  return { written, authority, rest: m[2].trim() };
}

/** "Nơi nhận:" (with or without the colon). */
export function isRecipientsLabel(text: string): boolean {
  return /^noi nhan\s*:?\s*$/u.test(fold(text));
}

/** "Kính gửi: …" / "Kính trình: …": what follows the label (may be empty). */
export function addresseesAt(text: string): string | null {
  const m = /^(Kính gửi|Kính trình)\s*:?\s*(.*)$/iu.exec(text.trim().normalize('NFC'));
  return m ? m[2].trim() : null;
}

/** The file-copy line "- Lưu Văn phòng Tỉnh ủy." (or "Lưu: VT"): whether it had a colon and the body named. */
export function archiveAt(text: string): { colon: boolean; rest: string } | null {
  const m = /^[-–•+]?\s*Lưu\s*(:?)\s*(.*)$/u.exec(text.trim().normalize('NFC'));
  if (!m) return null;
  return { colon: m[1] === ':', rest: m[2].trim() };
}

/** A recipient line: starts with a dash, an en dash, a bullet or "+". */
export function isDashed(text: string): boolean {
  return /^[-–—•+]/u.test(text.trim());
}

/** An appendix label alone on its line: "PHỤ LỤC", "Phụ lục 2", "PHỤ LỤC II". */
export function isAppendixLabel(text: string): boolean {
  return /^phu luc(?: (?:so )?(?:\d{1,2}|[ivx]{1,4}))?\s*:?$/u.test(fold(text));
}

/** The secrecy level a line names exactly, if any. */
export function secrecyOf(text: string): (typeof SECRECY_LEVELS)[number] | null {
  const t = upperVi(text.trim());
  return (SECRECY_LEVELS.find((s) => s && t === s) ?? null) as (typeof SECRECY_LEVELS)[number] | null;
}

/** The urgency level a line names exactly, if any (old tone placement "HOẢ TỐC" accepted). */
export function urgencyOf(text: string): (typeof URGENCY_LEVELS)[number] | null {
  const t = foldTonePlacement(upperVi(text.trim()));
  return (URGENCY_LEVELS.find((s) => s && t === s) ?? null) as (typeof URGENCY_LEVELS)[number] | null;
}

/** "DỰ THẢO", "Dự thảo lần 2". */
export function isDraftMark(text: string): boolean {
  return /^du thao\b/u.test(fold(text)) && text.trim().length <= 60;
}

/** A line written in parentheses ("(Đã ký)", "(Ký tên, đóng dấu)"). */
export function isParenthesised(text: string): boolean {
  return /^\(.*\)$/u.test(text.trim());
}
