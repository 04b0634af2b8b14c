/**
 * The title (ô 5a/5b): type name (NGHỊ QUYẾT), optional author line (CỦA BAN THƯỜNG VỤ TỈNH ỦY)
 * and the summary (trích yếu, "về …"). A công văn has no type name: its layout is "letter", the
 * summary goes in the left header block and "Kính gửi:" lists its addressees.
 */
import { part } from '../part';

/** Attributes of the title node. */
export interface TitleAttrs {
  layout: 'centered' | 'letter';
  typeName: string;
  author: string;
  summary: string;
  /** Addressees after "Kính gửi:" (công văn, tờ trình); empty for none. */
  addressees: string[];
}

export const titlePart = part('title', {
  atom: true,
  selectable: false,
  isolating: true,
  attrs: {
    layout: { default: 'centered' },
    typeName: { default: '' },
    author: { default: '' },
    summary: { default: '' },
    addressees: { default: [] },
  },
  toDOM: () => ['section', { class: 'vt-title' }],
  parseDOM: [{ tag: 'section.vt-title' }],
});
