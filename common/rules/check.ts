/**
 * The format check of a draft against the active layout profile and the organisation (spec §2, §8):
 * every finding carries a Vietnamese message and the place to jump to (the structured part and
 * field, or the body block's position); template leftovers (check-placeholders.ts) and fields over
 * their limits (check-limits.ts) are errors too. Pure and linear in the size of the body, so the editor can
 * run it while the user types.
 */
import type { Node } from 'prosemirror-model';
import { findPart } from '../model/parts';
import type { HeaderAttrs } from '../model/nodes/header';
import { SECRECY_LEVELS, URGENCY_LEVELS } from './secrecy-urgency';
import type { RecipientsAttrs, SignatureAttrs } from '../model/nodes/closing';
import type { TitleAttrs } from '../model/nodes/title';
import type { IssuerKind } from '../org/organisation';
import type { LayoutProfile } from '../profile/types';
import { headerIssuerKind, mayIssue, unusualAuthority } from './authority';
import { checkBody } from './check-body';
import { checkLimits } from './check-limits';
import { checkPlaceholders } from './check-placeholders';
import { checkDateLine, formatDateLine, fromIsoDate, parseDate } from './date-line';
import { acceptedTypeCodes, findDocType } from './doc-types';
import { formatNumber, parseNumber } from './number';
import { checkSignature, nameHasRank } from './signature';

/** Where a finding points: a structured part (with the field to focus) or a body block. */
export type CheckPart = 'header' | 'title' | 'body' | 'signature' | 'recipients';

/** One violation found by the check. */
export interface Finding {
  /** Stable code of the rule ("summary-missing"), for tests and de-duplication. */
  code: string;
  severity: 'error' | 'warning';
  part: CheckPart;
  /** Field of the part's form to focus (e.g. "summary", "date", "archive"). */
  field?: string;
  /** Document position of the node to scroll to. */
  pos: number;
  /** Vietnamese message shown in the check panel. */
  message: string;
}

/** What the check needs besides the document. */
export interface CheckContext {
  profile: LayoutProfile;
  /** Type id of the draft ("nghi-quyet"), i.e. its template id. */
  typeId: string;
  /** Kind of the issuing body; without it the authority checks are skipped. */
  issuerKind?: IssuerKind;
  /** Place the organisation writes in date lines; a different one is a warning. */
  place?: string;
  /** The organisation has turned on T/U and Q. (off by default, spec §2.3). */
  extraAuthorities?: boolean;
}

/** Positions of the top-level parts of a document (header, title, body, closing children). */
export function partPositions(doc: Node): Record<CheckPart, number> {
  const at: Record<string, number> = {};
  doc.forEach((node, offset) => {
    at[node.type.name] = offset;
    if (node.type.name === 'closing') node.forEach((c, o) => { at[c.type.name] = offset + 1 + o; });
  });
  return at as Record<CheckPart, number>;
}

type Add = (f: Omit<Finding, 'pos' | 'severity'> & { severity?: Finding['severity']; pos?: number }) => void;

function checkHeader(h: HeaderAttrs, ctx: CheckContext, add: Add): void {
  const type = findDocType(ctx.typeId);
  if (!h.issuer.trim()) add({ code: 'issuer-missing', part: 'header', field: 'issuer', message: 'Thiếu tên cơ quan ban hành.' });
  if (type && !acceptedTypeCodes(type).includes(h.typeCode)) {
    add({ code: 'type-code', part: 'header', field: 'typeCode', message: `Ký hiệu tên loại của ${type.name} là "${acceptedTypeCodes(type).join('" hoặc "')}", không phải "${h.typeCode}".` });
  }
  const symbol = `${h.serial !== null && h.serial >= 1 ? formatNumber({ serial: h.serial, typeCode: h.typeCode || 'X', issuerCode: h.issuerCode || 'X' }) : `01-${h.typeCode}/${h.issuerCode}`}`;
  const n = parseNumber(`${ctx.profile.wording.numberPrefix} ${symbol}`);
  if (!n.ok || !h.typeCode || !h.issuerCode) {
    add({ code: 'number-form', part: 'header', field: 'number', message: n.ok ? 'Số và ký hiệu thiếu ký hiệu tên loại hoặc ký hiệu cơ quan.' : n.message });
  }
  if (!h.place.trim()) add({ code: 'place-missing', part: 'header', field: 'place', message: 'Thiếu địa danh ở dòng ngày tháng.' });
  else if (ctx.place && h.place.trim() !== ctx.place.trim()) {
    add({ code: 'place-other', severity: 'warning', part: 'header', field: 'place', message: `Địa danh "${h.place}" khác địa danh của cơ quan ("${ctx.place}").` });
  }
  if (h.date !== null) {
    const d = parseDate(h.date);
    const msg = d.ok ? checkDateLine(formatDateLine(h.place || 'X', fromIsoDate(h.date))) : d.message;
    if (msg) add({ code: 'date-line', part: 'header', field: 'date', message: msg });
  }
  if (h.serial !== null && h.date === null) {
    add({ code: 'date-missing', part: 'header', field: 'date', message: 'Văn bản đã có số nhưng chưa có ngày tháng ban hành.' });
  }
  if (!(SECRECY_LEVELS as readonly string[]).includes(h.secrecy)) add({ code: 'secrecy', part: 'header', field: 'secrecy', message: `Độ mật "${h.secrecy}" không có trong quy định (MẬT, TỐI MẬT, TUYỆT MẬT).` });
  if (!(URGENCY_LEVELS as readonly string[]).includes(h.urgency)) add({ code: 'urgency', part: 'header', field: 'urgency', message: `Độ khẩn "${h.urgency}" không có trong quy định.` });
}

function checkTitle(t: TitleAttrs, ctx: CheckContext, add: Add): void {
  const type = findDocType(ctx.typeId);
  const summary = t.summary.trim();
  if (!summary) add({ code: 'summary-missing', part: 'title', field: 'summary', message: 'Thiếu trích yếu nội dung văn bản.' });
  else if (t.layout === 'centered' && /^\p{Lu}/u.test(summary)) {
    add({ code: 'summary-case', severity: 'warning', part: 'title', field: 'summary', message: 'Trích yếu viết chữ thường ở đầu, thường bắt đầu bằng "về …".' });
  }
  if (/^V\/v(?![\p{L}\p{N}])/u.test(summary) && !ctx.profile.wording.summaryLeftPrefix) {
    add({ code: 'summary-vv', severity: 'warning', part: 'title', field: 'summary', message: 'Trích yếu văn bản của Đảng không viết "V/v" (theo hồ sơ thể thức đang dùng).' });
  }
  if (t.layout === 'centered' && !t.typeName.trim()) add({ code: 'type-name-missing', part: 'title', field: 'typeName', message: 'Thiếu tên loại văn bản.' });
  if (type && type.printedName && t.layout === 'centered' && t.typeName.trim() && t.typeName.trim() !== type.printedName) {
    add({ code: 'type-name', severity: 'warning', part: 'title', field: 'typeName', message: `Tên loại in là "${type.printedName}".` });
  }
  if (ctx.issuerKind && type && !mayIssue(ctx.issuerKind, type.id)) {
    add({ code: 'type-not-allowed', severity: 'warning', part: 'title', field: 'typeName', message: `Loại cơ quan này không có thẩm quyền ban hành ${type.name.toLocaleLowerCase('vi-VN')}.` });
  }
}

function checkClosing(s: SignatureAttrs, r: RecipientsAttrs, ctx: CheckContext, add: Add, issuerLine = ''): void {
  // The body named in the header (a Văn phòng, a ban) decides the authorities, not only the profile's kind.
  const kind = ctx.issuerKind && headerIssuerKind(issuerLine, ctx.issuerKind);
  if (kind) for (const m of checkSignature(s, { kind, extraAuthorities: ctx.extraAuthorities })) add({ code: 'authority', part: 'signature', field: 'authority', message: m });
  const unusual = unusualAuthority(ctx.typeId, s.authority);
  if (unusual) add({ code: 'authority-unusual', severity: 'warning', part: 'signature', field: 'authority', message: unusual });
  if (s.authority && !s.onBehalfOf.trim()) add({ code: 'on-behalf-missing', part: 'signature', field: 'onBehalfOf', message: `Sau "${s.authority}" phải ghi tập thể hoặc chức vụ (ví dụ "${s.authority} BAN THƯỜNG VỤ").` });
  if (!s.name.trim()) add({ code: 'signer-missing', part: 'signature', field: 'name', message: 'Thiếu họ tên người ký.' });
  if (nameHasRank(s.name)) add({ code: 'signer-rank', severity: 'warning', part: 'signature', field: 'name', message: 'Họ tên người ký không ghi học hàm, học vị, cấp bậc.' });
  const prefix = ctx.profile.wording.archivePrefix;
  if (!r.archive.trim()) add({ code: 'archive-missing', part: 'recipients', field: 'archive', message: `Nơi nhận thiếu dòng "- ${prefix} …" ở cuối.` });
  else if (new RegExp(`^${prefix}\\s*:`, 'u').test(r.archive.trim()) || r.archive.includes(':')) {
    add({ code: 'archive-colon', part: 'recipients', field: 'archive', message: `Không ghi dấu hai chấm sau chữ "${prefix}".` });
  }
  const lines = r.items.flatMap((i) => i.lines);
  if (lines.length === 0) add({ code: 'recipients-empty', severity: 'warning', part: 'recipients', field: 'items', message: 'Nơi nhận chưa có cơ quan, tổ chức nào ngoài dòng lưu.' });
  if (lines.some((l) => new RegExp(`^[-\\s]*${prefix}(?![\\p{L}\\p{N}])`, 'u').test(l.trim()))) {
    add({ code: 'archive-not-last', part: 'recipients', field: 'items', message: `Dòng "${prefix} …" phải là dòng cuối cùng của Nơi nhận.` });
  }
}

/** Checks a document; findings in reading order (header, title, body, signature, Nơi nhận). */
export function checkDocument(doc: Node, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const at = partPositions(doc);
  const add: Add = (f) => out.push({ severity: 'error', pos: at[f.part] ?? 0, ...f });
  const get = (name: CheckPart) => doc.nodeAt(at[name])?.attrs;
  checkHeader(get('header') as HeaderAttrs, ctx, add);
  checkTitle(get('title') as TitleAttrs, ctx, add);
  checkBody(findPart(doc, 'body'), at.body + 1, ctx.profile, add);
  checkClosing(get('signature') as SignatureAttrs, get('recipients') as RecipientsAttrs, ctx, add, (get('header') as HeaderAttrs).issuer);
  checkPlaceholders(doc, at, add);
  checkLimits(doc, at, add);
  return out;
}
