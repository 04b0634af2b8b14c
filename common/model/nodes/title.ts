/**
 * The title (ô 5a/5b): type name (NGHỊ QUYẾT), optional author line (CỦA BAN THƯỜNG VỤ TỈNH ỦY)
 * and the summary (trích yếu, "về …"). A công văn has no type name: its layout is "letter", the
 * summary goes in the left header block and "Kính gửi:" lists its addressees.
 */
import { lockedPart } from '../part';

/** Attributes of the title node. */
export interface TitleAttrs {
  layout: 'centered' | 'letter';
  typeName: string;
  author: string;
  summary: string;
  /** Addressees after "Kính gửi:" (công văn, tờ trình); empty for none. */
  addressees: string[];
}

/** The title node (locked; edited through its form). */
export const titlePart = lockedPart('title', { layout: 'centered', typeName: '', author: '', summary: '', addressees: [] }, 'section', 'vt-title');
