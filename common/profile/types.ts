/**
 * The shape of a layout profile: every size, style, margin, spacing and wording of the Party format,
 * as data. The exporter, the editor's page view and the format check all read one profile.
 */

/** Character formatting of one component of the document. */
export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Printed in capitals (the text is upper-cased when written). */
  upper?: boolean;
}

/** Paragraph layout of one component. */
export interface ParagraphStyle extends TextStyle {
  align: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in millimetres. */
  firstLineMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Exact line height in points; absent means single spacing. */
  lineExactPt?: number;
  /** Keep on the same page as the next paragraph (headings). */
  keepNext?: boolean;
}

/** The components that have a paragraph style of their own (one named style each in the DOCX). */
export type Component =
  | 'partyTitle' | 'superior' | 'issuer' | 'star' | 'number' | 'summaryLeft' | 'mark' | 'draftMark'
  | 'circulation' | 'dateLine' | 'typeName' | 'author' | 'summary' | 'separator' | 'salutation'
  | 'body' | 'heading1' | 'heading2' | 'heading3' | 'dashItem' | 'centeredHeading' | 'tableText'
  | 'signatureAuthority' | 'signatureTitle' | 'signerName' | 'signatureSpace'
  | 'recipientsLabel' | 'recipient' | 'brace' | 'bracePurpose'
  | 'appendixLabel' | 'appendixTitle' | 'pageNumber';

/** Wording the rules fix. */
export interface Wording {
  partyTitle: string;
  numberPrefix: string;
  star: string;
  /** Separator printed under the summary ("-----"). */
  summarySeparator: string;
  /** Text that ends the body ("./." under HD 36, "." reported for HD 05). */
  closingMark: string;
  recipientsLabel: string;
  /** Character ending every recipient line but the last (","). */
  recipientSeparator: string;
  /** Word before the file-copy line ("Lưu"). */
  archivePrefix: string;
  /** Mark printed on a draft's DOCX when its header carries none ("DỰ THẢO"). */
  draftMark: string;
  /** Prefix of a công văn summary ("" per HD 36; some offices write "V/v"). */
  summaryLeftPrefix: string;
  salutation: string;
  /** Signature authorities offered by default. */
  authorities: string[];
}

/** A complete layout profile. */
export interface LayoutProfile {
  id: string;
  /** Name shown to users. */
  name: string;
  /** First date of documents this profile applies to (ISO). */
  validFrom: string;
  page: {
    widthMm: number;
    heightMm: number;
    margins: { top: number; bottom: number; left: number; right: number };
    /** Distance from the top edge to the page number, mm. */
    headerMm: number;
  };
  font: { family: string; colour: string };
  /** Share of the text width given to the left block of the header table. */
  headerLeftShare: number;
  /** Share of the text width given to Nơi nhận in the closing table. */
  closingLeftShare: number;
  /** "Kính gửi:" block: addressees start `leftMm` from the margin, the label `hangingMm` before them. */
  salutationIndent: { leftMm: number; hangingMm: number };
  /** Empty lines left for signature and seal. */
  signatureBlankLines: number;
  /** Whether the bottom line under the party title is drawn as long as the title. */
  partyTitleRule: boolean;
  styles: Record<Component, ParagraphStyle>;
  wording: Wording;
  /** Values the spec marks uncertain, with a note the README and settings show. */
  uncertain: Record<string, string>;
}

/** A partial override of a profile, as an organisation stores it. */
export type ProfileOverride = {
  [K in keyof LayoutProfile]?: LayoutProfile[K] extends object ? DeepPartial<LayoutProfile[K]> : LayoutProfile[K];
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };
