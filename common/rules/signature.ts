/**
 * Signature authority (spec §2.3 (7), HD 36 §1.7.1): T/M for collective bodies (cấp ủy, ủy ban
 * kiểm tra, đảng đoàn, congress bodies, chi bộ); none for the head of an advisory body and K/T for
 * its deputy; T/L for documents signed by order. T/U and Q. only where the organisation turned
 * them on (`extraAuthorities`). Never the state forms "TM.", "KT.", "TL.".
 */
import type { Authority, SignatureAttrs } from '../model/nodes/closing';
import type { IssuerKind, Organisation, Signer } from '../org/organisation';
import { foldTonePlacement, upperVi } from '../text/normalize';

/** Not preceded by a letter or digit: JavaScript's `\b` knows ASCII letters only, so `\bĐẢNG` never matches after a space. */
const START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit (the Unicode counterpart of a closing `\b`). */
const END = '(?![\\p{L}\\p{N}])';

/** Body names that do not belong in a chức vụ line ("BÍ THƯ", not "BÍ THƯ TỈNH ỦY"), tone placement folded. */
const BODY_IN_TITLE = new RegExp(`${START}(TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|CHI BỘ)${END}`, 'u');

/**
 * Học hàm, học vị and military or police ranks written before a signer's name ("PGS.TS", "Đại tá",
 * "Thiếu tướng"): the name line carries the name only (HD 36 §1.7). Rank words are matched as
 * ranks are written (second word lower case, or all capitals) so a name such as "Trần Đại" passes.
 */
const RANK_BEFORE_NAME = new RegExp(
  `${START}(GS|PGS|TSKH|TS|ThS|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|uý|tướng)|(?:ĐẠI|THƯỢNG|TRUNG|THIẾU) (?:TÁ|ÚY|UÝ|TƯỚNG))\\.?${END}`, 'u');

/** Whether a chức vụ line names the body ("BÍ THƯ ĐẢNG ỦY", "Bí thư Tỉnh uỷ"), which the rule leaves out. */
export function titleNamesBody(title: string): boolean {
  return BODY_IN_TITLE.test(foldTonePlacement(upperVi(title)));
}

/** Whether a signer's name line carries a học hàm, học vị or rank ("Đại tá Nguyễn Văn A", "PGS.TS Lê B"). */
export function nameHasRank(name: string): boolean {
  return RANK_BEFORE_NAME.test(name.normalize('NFC'));
}

/** Authorities kept behind the organisation setting (spec: "keep T/U, Q. hidden behind a setting"). */
export const EXTRA_AUTHORITIES: readonly Authority[] = ['T/U', 'Q.'];

/** Caution shown with the setting (the spec's reason to hide them). */
export const EXTRA_AUTHORITIES_CAUTION = 'Hướng dẫn 36-HD/VPTW không quy định T/U, Q.; hướng dẫn thời HD 05 ghi "Không có T/U; ủy quyền ký dùng T/L". Chỉ bật khi cơ quan cấp trên yêu cầu.';

/** What decides the authorities offered: the issuer's kind and, optionally, the organisation setting. */
export interface AuthorityPolicy {
  kind: IssuerKind;
  extraAuthorities?: boolean;
}

const policyOf = (p: IssuerKind | AuthorityPolicy): AuthorityPolicy => (typeof p === 'string' ? { kind: p } : p);

/** Whether a kind of body signs collectively (T/M). */
export function isCollective(kind: IssuerKind): boolean {
  return kind !== 'tham-muu';
}

/**
 * The authorities a body may use. With the setting on: T/U for every body (authorised signing),
 * Q. (acting head) only for bodies headed by one person — a collective's acting head signs T/M.
 */
export function allowedAuthorities(policy: IssuerKind | AuthorityPolicy): Authority[] {
  const { kind, extraAuthorities } = policyOf(policy);
  const base: Authority[] = isCollective(kind) ? ['T/M', 'T/L'] : ['', 'K/T', 'T/L'];
  if (!extraAuthorities) return base;
  return [...base, ...EXTRA_AUTHORITIES.filter((a) => a !== 'Q.' || !isCollective(kind))];
}

/** The authorities the signature form lists: the profile's defaults, then the extras when turned on. */
export function offeredAuthorities(defaults: readonly string[], extraAuthorities = false): Authority[] {
  return [...new Set(['', ...defaults, ...(extraAuthorities ? EXTRA_AUTHORITIES : [])])] as Authority[];
}

/** The usual signature of an organisation for a signer (default: the first non-deputy signer). */
export function defaultSignature(org: Organisation, signer?: Signer): SignatureAttrs {
  const s = signer ?? org.signers.find((x) => !x.deputy) ?? org.signers[0];
  if (isCollective(org.kind)) {
    return { authority: 'T/M', onBehalfOf: org.signingBody || org.name, title: s.title, name: s.name };
  }
  if (s.deputy) {
    const head = org.signers.find((x) => !x.deputy);
    return { authority: 'K/T', onBehalfOf: head?.title ?? 'TRƯỞNG BAN', title: s.title, name: s.name };
  }
  return { authority: '', onBehalfOf: '', title: s.title, name: s.name };
}

/** The printed lines of the signature block above the blank space: e.g. ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]. */
export function signatureLines(s: SignatureAttrs): { authority: string | null; title: string | null } {
  const authority = s.authority ? `${s.authority} ${s.onBehalfOf}`.trim() : null;
  return { authority, title: s.title.trim() ? s.title : null };
}

function authorityMessage(s: SignatureAttrs, p: AuthorityPolicy): string {
  if (s.authority === 'K/T') return 'Cấp ủy là tập thể nên không ký K/T; phó bí thư ký "T/M" kèm chức vụ của mình.';
  if (s.authority === '') return 'Văn bản của tập thể lãnh đạo phải ký "T/M".';
  if (EXTRA_AUTHORITIES.includes(s.authority) && !p.extraAuthorities) {
    return `Văn bản của Đảng không dùng "${s.authority}" (ủy quyền ký dùng T/L); chỉ dùng khi cơ quan bật tùy chọn T/U, Q. trong Cài đặt.`;
  }
  return `Thẩm quyền ký "${s.authority}" không dùng cho loại cơ quan này.`;
}

/** Checks a signature for an issuer kind (and the organisation's setting); Vietnamese messages, empty when right. */
export function checkSignature(s: SignatureAttrs, policy: IssuerKind | AuthorityPolicy): string[] {
  const p = policyOf(policy);
  const msgs: string[] = [];
  if (!allowedAuthorities(p).includes(s.authority)) msgs.push(authorityMessage(s, p));
  if (/^(TM|KT|TL|TUQ)\./u.test(s.onBehalfOf) || /^(TM|KT|TL)\./u.test(s.title)) {
    msgs.push('Văn bản của Đảng viết "T/M", "K/T", "T/L", không viết "TM.", "KT.", "TL.".');
  }
  if (titleNamesBody(s.title)) {
    msgs.push('Chức vụ người ký ghi không kèm tên cơ quan (ví dụ "BÍ THƯ", không phải "BÍ THƯ TỈNH ỦY").');
  }
  return msgs;
}
