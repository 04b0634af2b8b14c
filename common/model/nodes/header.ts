/**
 * The header (ô 1–4, 10, 11 of the sơ đồ): superior body line, issuing body, the number (its type
 * and issuer codes and serial — null until the clerk registers it), place and date, secrecy and
 * urgency marks, circulation and draft marks. Structured data in attrs; edited through forms.
 */
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../rules/secrecy-urgency';
import { lockedPart } from '../part';

/** The secrecy and urgency lists live in common/rules/secrecy-urgency.ts; re-exported for the model's users. */
export { SECRECY_LEVELS, URGENCY_LEVELS };

/** Attributes of the header node. */
export interface HeaderAttrs {
  superior: string;
  issuer: string;
  typeCode: string;
  issuerCode: string;
  serial: number | null;
  place: string;
  /** ISO date "2021-03-06", or null while the document is undated. */
  date: string | null;
  secrecy: (typeof SECRECY_LEVELS)[number];
  urgency: (typeof URGENCY_LEVELS)[number];
  circulation: string;
  draftMark: string;
}

/** The header node (locked; edited through its form). */
export const headerPart = lockedPart('header', {
  superior: '', issuer: '', typeCode: '', issuerCode: '', serial: null, place: '', date: null,
  secrecy: '', urgency: '', circulation: '', draftMark: '',
}, 'header', 'vt-header');
