/**
 * What the recogniser gives back: the draft in vanthu's schema (common/draft), where each paragraph
 * of the Word file was placed (part and role), and the import report (Vietnamese lines: each
 * normalisation made, each thing that needs the user's eye, each paragraph that could not be
 * placed in a structured part and went into the body).
 */
import type { Draft } from '../../../common/draft/draft';

/** The parts of a Party document a paragraph can be placed in (common/model). */
export type ImportPart = 'header' | 'title' | 'body' | 'signature' | 'recipients' | 'appendix';

/** The role a paragraph of the Word file played in its part. */
export type ImportRole =
  // header
  | 'party-title' | 'superior' | 'issuer' | 'star' | 'number' | 'place-date' | 'rule'
  | 'secrecy' | 'urgency' | 'circulation' | 'draft-mark' | 'summary-left'
  // title
  | 'type-name' | 'author' | 'summary' | 'separator' | 'addressees'
  // body and appendix
  | 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'dash-item' | 'centered-heading' | 'table' | 'closing-mark'
  // signature
  | 'authority' | 'signer-title' | 'signer-name' | 'signature-space'
  // recipients
  | 'recipients-label' | 'recipient' | 'archive'
  // appendix
  | 'appendix-label' | 'appendix-title'
  // anywhere
  | 'empty' | 'page-number' | 'unplaced';

/**
 * Where one paragraph of the Word file went. `seq` is the paragraph's number in the Word file
 * (WordParagraph.seq); `index` is, for the body and appendices, the 0-based block the paragraph
 * became (a table's paragraphs all name their table's block), and for an appendix `appendix` its
 * 0-based number.
 */
export interface Placement {
  seq: number;
  part: ImportPart;
  role: ImportRole;
  index?: number;
  appendix?: number;
  /** The paragraph's text as read (trimmed), for reports and tests. */
  text: string;
}

/** Kind of a report line: a change made, something to look at, something placed in the body for want of a part. */
export type ReportKind = 'normalised' | 'attention' | 'unplaced';

/**
 * The place a report line points to: the part (and the field of its form), the 1-based paragraph
 * of the body or appendix it became, and the 1-based paragraph of the Word file it came from.
 */
export interface ReportPlace {
  part: ImportPart;
  field?: string;
  /** 1-based block of the body (or of the appendix) in the draft. */
  paragraph?: number;
  /** 0-based appendix number, for the appendix part. */
  appendix?: number;
  /** 1-based paragraph of the Word file (WordParagraph.seq). */
  source?: number;
}

/** One line of the import report; `message` is Vietnamese. */
export interface ReportItem {
  kind: ReportKind;
  message: string;
  place: ReportPlace;
}

/** The result of recognising a Word document. */
export interface RecognisedDocument {
  /** The draft, valid for common/draft `validateDraft`. */
  draft: Draft;
  /** Template (document type) id the draft was given ("nghi-quyet"). */
  typeId: string;
  /** One placement per paragraph of the Word file's body, cells and text boxes, in `seq` order. */
  placements: Placement[];
  report: ReportItem[];
}
