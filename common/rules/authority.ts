/**
 * Which kind of body may issue which type (thẩm quyền ban hành, spec §3.4): QĐ 66 Điều 7 for the
 * provincial level, QĐ 399 as reported for the grassroots. Kinds whose table was not retrieved allow
 * every type except the directive ones. A mismatch is a warning of the format check, never a block.
 */
import type { IssuerKind } from '../org/organisation';

const ADMIN = ['giay-moi', 'giay-gioi-thieu', 'ban-sao'];
const COMMON = ['nghi-quyet', 'quyet-dinh', 'ket-luan', 'thong-bao', 'bao-cao', 'ke-hoach', 'chuong-trinh', 'de-an', 'to-trinh', 'cong-van', 'bien-ban'];
const ALL_BUT_DIRECTIVES = [...COMMON, 'quy-che', 'quy-dinh', 'huong-dan', ...ADMIN];

/** Type ids each kind of body may issue. */
export const AUTHORITY: Record<IssuerKind, readonly string[]> = {
  // BCH and BTV of a cấp ủy together (the org profile does not separate them).
  'cap-uy': [...COMMON, 'quy-che', 'quy-dinh', 'chi-thi', 'thong-tri', 'huong-dan', ...ADMIN],
  'dai-hoi': ['nghi-quyet', 'quy-che', 'thong-bao', 'chuong-trinh', 'cong-van', 'bien-ban', 'bao-cao', ...ADMIN],
  'chi-bo': [...COMMON, 'quy-che', ...ADMIN],
  'uy-ban-kiem-tra': ALL_BUT_DIRECTIVES,
  'dang-doan': ALL_BUT_DIRECTIVES,
  'tham-muu': ALL_BUT_DIRECTIVES.filter((t) => t !== 'nghi-quyet'),
  'ban-chi-dao': ALL_BUT_DIRECTIVES.filter((t) => t !== 'nghi-quyet'),
};

/** Whether a body of `kind` may issue the type `typeId`. */
export function mayIssue(kind: IssuerKind, typeId: string): boolean {
  return AUTHORITY[kind].includes(typeId);
}

/**
 * The kind of the body a draft's header names, for the authority check: a văn phòng or a ban printed
 * as the issuer line (under its committee's line) is advisory, an ủy ban kiểm tra is its own kind,
 * a ban chỉ đạo, tiểu ban or hội đồng too; any other line is the profile's own kind (`fallback`).
 */
export function headerIssuerKind(issuerLine: string, fallback: IssuerKind): IssuerKind {
  const line = issuerLine.normalize('NFC').toLocaleUpperCase('vi-VN').trim();
  if (/^ỦY BAN KIỂM TRA|^UỶ BAN KIỂM TRA/u.test(line)) return 'uy-ban-kiem-tra';
  if (/^(BAN CHỈ ĐẠO|TIỂU BAN|HỘI ĐỒNG)/u.test(line)) return 'ban-chi-dao';
  if (/^(BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN CÁN SỰ)/u.test(line)) return fallback;
  if (/^(VĂN PHÒNG|BAN )/u.test(line)) return 'tham-muu';
  return fallback;
}

/** Types a collective decides itself: signed T/M, signing them T/L (by order) is unusual. */
const COLLECTIVE_DECISIONS = ['nghi-quyet', 'chi-thi', 'quyet-dinh', 'quy-dinh', 'quy-che', 'ket-luan', 'thong-tri'];

/**
 * Why an allowed authority is unusual for a type (a warning of the format check), or null: a nghị
 * quyết, chỉ thị, quyết định, quy định, quy chế, kết luận of a committee is signed T/M, not T/L.
 */
export function unusualAuthority(typeId: string, authority: string): string | null {
  if (authority === 'T/L' && COLLECTIVE_DECISIONS.includes(typeId)) {
    return 'Văn bản này do tập thể quyết định nên thường ký "T/M"; "T/L" dùng cho thông báo, giấy mời, công văn ký thừa lệnh.';
  }
  return null;
}
