/**
 * The closing (ô 7 and 9): the signature block on the right and "Nơi nhận" on the left, laid out
 * side by side, starting on the same line.
 */
import { part, printedPart } from '../part';

/**
 * Every signing authority the model can hold: none, T/M, K/T, T/L (the rules' defaults), then T/U
 * and Q., which the spec keeps behind an organisation setting (§2.3 (7)).
 */
export const AUTHORITIES = ['', 'T/M', 'K/T', 'T/L', 'T/U', 'Q.'] as const;

/** A signing authority. */
export type Authority = (typeof AUTHORITIES)[number];

/** Attributes of the signature: authority (T/M, K/T, T/L, T/U, Q. or none), on behalf of, title, name. */
export interface SignatureAttrs {
  authority: Authority;
  /** What follows the authority: "BAN THƯỜNG VỤ" for T/M, "TRƯỞNG BAN" for K/T. */
  onBehalfOf: string;
  /** Title printed on its own line ("BÍ THƯ"); empty for T/M BỘ CHÍNH TRỊ-style blocks. */
  title: string;
  name: string;
}

/** One line of Nơi nhận, or a group of lines with a brace and purpose ("để báo cáo"). */
export interface RecipientItem {
  lines: string[];
  purpose: string;
}

/** Attributes of Nơi nhận: the items, then the body keeping the file copy ("- Lưu …."). */
export interface RecipientsAttrs {
  items: RecipientItem[];
  archive: string;
}

/** The closing container: signature then recipients. */
export const closingPart = part('closing', {
  content: 'signature recipients',
  isolating: true,
  toDOM: () => ['footer', { class: 'vt-closing' }, 0],
  parseDOM: [{ tag: 'footer.vt-closing' }],
});

/** The signature block (structured). */
export const signaturePart = printedPart('signature', {
  atom: true,
  selectable: false,
  attrs: { authority: { default: '' }, onBehalfOf: { default: '' }, title: { default: '' }, name: { default: '' } },
  toDOM: () => ['div', { class: 'vt-signature' }],
  parseDOM: [{ tag: 'div.vt-signature' }],
});

/** Nơi nhận (structured). */
export const recipientsPart = printedPart('recipients', {
  atom: true,
  selectable: false,
  attrs: { items: { default: [] }, archive: { default: '' } },
  toDOM: () => ['div', { class: 'vt-recipients' }],
  parseDOM: [{ tag: 'div.vt-recipients' }],
});
