/**
 * The header (ô 1–4, 10, 11 of the sơ đồ): superior body line, issuing body, the number (its type
 * and issuer codes and serial — null until the clerk registers it), place and date, secrecy and
 * urgency marks, circulation and draft marks. Structured data in attrs; edited through forms.
 */
import { part } from '../part';

/** Secrecy levels (QĐ 66 Điều 16). */
export const SECRECY_LEVELS = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
/** Urgency levels (QĐ 66 Điều 16). */
export const URGENCY_LEVELS = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC', 'HỎA TỐC HẸN GIỜ'] as const;

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

export const headerPart = part('header', {
  atom: true,
  selectable: false,
  isolating: true,
  attrs: {
    superior: { default: '' },
    issuer: { default: '' },
    typeCode: { default: '' },
    issuerCode: { default: '' },
    serial: { default: null },
    place: { default: '' },
    date: { default: null },
    secrecy: { default: '' },
    urgency: { default: '' },
    circulation: { default: '' },
    draftMark: { default: '' },
  },
  toDOM: () => ['header', { class: 'vt-header' }],
  parseDOM: [{ tag: 'header.vt-header' }],
});
