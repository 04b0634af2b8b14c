/**
 * A printed line of a locked part, as the layout plan gives it to the DOCX writers and the page
 * view alike: its role (what it is in the Party format), its text as printed (case applied), and
 * the profile's component style it prints in. Writers and views add no text of their own.
 */
import type { Component, LayoutProfile, ParagraphStyle } from '../profile';
import { manualLines } from '../text/manual-breaks';
import { upperVi } from '../text/normalize';

/** What a printed line is, in the terms of the Party format (spec §2.1 ô 1–11). */
export type LineRole =
  | 'draft-mark' | 'circulation'
  | 'superior' | 'issuer' | 'star' | 'number' | 'letter-summary' | 'secrecy' | 'urgency'
  | 'party-title' | 'rule' | 'place-date'
  | 'type-name' | 'author-line' | 'summary' | 'separator' | 'salutation'
  | 'authority' | 'signer-title' | 'signature-space' | 'signer-name'
  | 'recipients-heading' | 'recipient-item' | 'brace-group'
  | 'appendix-label' | 'appendix-title';

/** Column of a two-column layout table (the header, the closing). */
export type Column = 'left' | 'right';

/** One printed line (a paragraph in the DOCX, an element with `data-role` in the page view). */
export interface PrintedLine {
  role: LineRole;
  /** The text as printed: capitals already applied where the style asks; "\n" is a drafter's manual break. */
  text: string;
  /** The profile component whose style it prints in (a named style in the DOCX, a class in the view). */
  component: Component;
  /** That component's style in the profile (size, bold, italic, underline, alignment, capitals). */
  style: ParagraphStyle;
  /** Column of the part's layout table; absent for a line printed across the text width. */
  column?: Column;
  /** The text may hold the drafter's manual breaks ("\n"), printed as line breaks (title lines). */
  breaks?: boolean;
  /** A label printed before the text, aligned on a tab ("Kính gửi:"). */
  label?: string;
  /** What the page view shows while the text is empty, greyed (never printed). */
  hint?: string;
  /** Length of a rule line, in points. */
  widthPt?: number;
  /** The lines a brace groups (role 'brace-group', whose text is the group's purpose). */
  lines?: PrintedLine[];
}

/** A printed line of a component of the profile; the text is upper-cased when the style prints capitals. */
export function printedLine(
  p: LayoutProfile, role: LineRole, component: Component, text: string, extra: Partial<PrintedLine> = {},
): PrintedLine {
  const style = p.styles[component];
  const t = extra.breaks ? manualLines(text.normalize('NFC')).join('\n') : text.normalize('NFC');
  return { role, text: style.upper ? upperVi(t) : t, component, style, ...extra };
}

/**
 * The lines in reading order, a brace group giving its lines then its purpose (as the DOCX cells
 * and the page view's elements come): what the parity test compares.
 */
export function readingOrder(lines: readonly PrintedLine[]): PrintedLine[] {
  return lines.flatMap((l) => (l.lines ? [...l.lines, l] : [l]));
}
