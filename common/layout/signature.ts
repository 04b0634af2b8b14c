/**
 * The printed lines of the signature block (ô 7, right column of the closing): the authority line
 * (T/M BAN THƯỜNG VỤ …), the signer's title, the blank lines left for signature and seal, the name.
 * A title without authority (a head signing in own name) prints in the authority's style.
 */
import type { SignatureAttrs } from '../model';
import { signatureLines } from '../rules/signature';
import type { LayoutContext } from './context';
import { printedLine, type PrintedLine } from './line';

/** Hint the page view shows while the signer's name is empty. */
export const SIGNER_HINT = '(họ tên người ký)';

/** The signature's printed lines. */
export function signatureLinesOf(s: SignatureAttrs, ctx: LayoutContext): PrintedLine[] {
  const p = ctx.profile;
  const right = { column: 'right' as const };
  const { authority, title } = signatureLines(s);
  const out: PrintedLine[] = [];
  if (authority) out.push(printedLine(p, 'authority', 'signatureAuthority', authority, right));
  if (title) out.push(printedLine(p, 'signer-title', authority ? 'signatureTitle' : 'signatureAuthority', title, right));
  for (let i = 0; i < p.signatureBlankLines; i++) out.push(printedLine(p, 'signature-space', 'signatureSpace', '', right));
  out.push(printedLine(p, 'signer-name', 'signerName', s.name, { ...right, hint: s.name ? undefined : SIGNER_HINT }));
  return out;
}
