/**
 * Signature authority (spec §2.3 (7), HD 36 §1.7.1): T/M for collective bodies (cấp ủy, ủy ban
 * kiểm tra, đảng đoàn, congress bodies, chi bộ); none for the head of an advisory body and K/T for
 * its deputy; T/L for documents signed by order. Never the state forms "TM.", "KT.", "TL.".
 */
import type { IssuerKind, Organisation, Signer } from '../org/organisation';
import type { SignatureAttrs } from '../model/nodes/closing';

/** Whether a kind of body signs collectively (T/M). */
export function isCollective(kind: IssuerKind): boolean {
  return kind !== 'tham-muu';
}

/** The authorities a body of this kind may use. */
export function allowedAuthorities(kind: IssuerKind): SignatureAttrs['authority'][] {
  return isCollective(kind) ? ['T/M', 'T/L'] : ['', 'K/T', 'T/L'];
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

/** Checks a signature for an issuer kind; returns Vietnamese messages (empty when right). */
export function checkSignature(s: SignatureAttrs, kind: IssuerKind): string[] {
  const msgs: string[] = [];
  if (!allowedAuthorities(kind).includes(s.authority)) {
    msgs.push(s.authority === 'K/T'
      ? 'Cấp ủy là tập thể nên không ký K/T; phó bí thư ký "T/M" kèm chức vụ của mình.'
      : s.authority === '' ? 'Văn bản của tập thể lãnh đạo phải ký "T/M".' : `Thẩm quyền ký "${s.authority}" không dùng cho loại cơ quan này.`);
  }
  if (/^(TM|KT|TL|TUQ)\./u.test(s.onBehalfOf) || /^(TM|KT|TL)\./u.test(s.title)) {
    msgs.push('Văn bản của Đảng viết "T/M", "K/T", "T/L", không viết "TM.", "KT.", "TL.".');
  }
  if (/\b(TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|ĐẢNG ỦY)\b/u.test(s.title)) {
    msgs.push('Chức vụ người ký ghi không kèm tên cơ quan (ví dụ "BÍ THƯ", không phải "BÍ THƯ TỈNH ỦY").');
  }
  return msgs;
}
