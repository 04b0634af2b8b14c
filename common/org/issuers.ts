/**
 * The bodies issuing under an organisation profile and the signature each one prints: the
 * profile's `issuers` (its văn phòng, boards …), and, for the roles it does not declare, the
 * committee and the standing committee derived from its header fields (and, for a cấp ủy, a Văn
 * phòng whose head is to be named): a profile saved before the field loads and works as before.
 */
import type { Authority, SignatureAttrs } from '../model/nodes/closing';
import type { Issuer, IssuerRole, Organisation, Signer } from './organisation';

/** An issuer as createDraft uses it: signers may be empty (a derived Văn phòng) until the profile names them. */
export type ResolvedIssuer = Issuer;

/** Title of the head of a Văn phòng, used when a derived one has no signer yet. */
export const OFFICE_HEAD_TITLE = 'CHÁNH VĂN PHÒNG';

function derived(org: Organisation): Issuer[] {
  // In prose a ban or văn phòng's own profile is named as its file copy line names it ("Ban Tổ chức Tỉnh ủy").
  const prose = org.kind === 'cap-uy' ? org.name : org.archive;
  const main = { superior: org.superior, name: org.name, prose, symbol: org.symbol, kind: org.kind, signers: org.signers };
  const out: Issuer[] = [
    { role: 'standing', ...main, signingBody: org.signingBody },
    { role: 'committee', ...main, signingBody: org.kind === 'cap-uy' ? 'BAN CHẤP HÀNH' : org.signingBody },
  ];
  if (org.kind === 'cap-uy') {
    out.push({ role: 'office', superior: org.name, name: 'VĂN PHÒNG', prose: org.archive, symbol: `VP${org.symbol}`, kind: 'tham-muu', signingBody: '', signers: [] });
  }
  return out;
}

/** Every issuer of a profile: the declared ones first, then the derived ones for roles not declared. */
export function issuersOf(org: Organisation): Issuer[] {
  // A văn phòng or ban declared without a superior line prints the profile's name above its own.
  const declared = (org.issuers ?? []).map((x) => (x.superior || (x.role !== 'office' && x.role !== 'board') ? x : { ...x, superior: org.name }));
  return [...declared, ...derived(org).filter((d) => !declared.some((x) => x.role === d.role))];
}

/** The issuer of a role (a board by its symbol when given, else the first of the role); the standing committee when none. */
export function findIssuer(org: Organisation, role: IssuerRole, symbol?: string): Issuer {
  const all = issuersOf(org);
  return (symbol ? all.find((x) => x.role === role && x.symbol === symbol) : undefined)
    ?? all.find((x) => x.role === role) ?? all.find((x) => x.role === 'standing')!;
}

const headOf = (signers: readonly Signer[]) => signers.find((s) => !s.deputy) ?? signers[0];

/**
 * The signature of a document of `issuer` signed with `authority`: T/M by the head of the collective;
 * T/L by the head of the Văn phòng for a committee ("T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG"); K/T by the
 * first deputy for the head ("K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"); no authority: the head in own name.
 */
export function issuerSignature(org: Organisation, issuer: Issuer, authority: Authority): SignatureAttrs {
  const signers = issuer.signers.length > 0 ? issuer.signers : issuer.role === 'office' ? [] : org.signers;
  const head = headOf(signers);
  const person = (s: Signer | undefined, title: string) => ({ title: s?.title ?? title, name: s?.name ?? '' });
  if (authority === 'T/M') return { authority, onBehalfOf: issuer.signingBody || issuer.name, ...person(head, '') };
  if (authority === 'T/L') {
    const office = issuer.role === 'office' ? issuer : findIssuer(org, 'office');
    const officeHead = office.role === 'office' ? headOf(office.signers) : undefined;
    return { authority, onBehalfOf: issuer.signingBody || head?.title || '', ...person(officeHead, OFFICE_HEAD_TITLE) };
  }
  if (authority === 'K/T') {
    const deputy = signers.find((s) => s.deputy);
    return { authority, onBehalfOf: head?.title ?? '', ...person(deputy, '') };
  }
  return { authority, onBehalfOf: '', ...person(head, issuer.role === 'office' ? OFFICE_HEAD_TITLE : '') };
}
