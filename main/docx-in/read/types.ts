/**
 * The neutral model of a Word document, as the DOCX reader (main/docx-in/read) gives it to the
 * recogniser (main/docx-in/recognise) and the file check (main/docx-in/check): sections with their
 * page and header/footer, the body's blocks in reading order (paragraphs, tables, text boxes), each
 * paragraph with its formatting resolved through the style chain (document defaults → paragraph
 * style → direct formatting) and its runs. No XML and no OOXML names leak out: lengths are in
 * millimetres (page, margins, indents) and points (font sizes, spacing), as the layout profiles
 * (common/profile) write them. Nothing a file refers to is fetched or executed; external targets
 * are only listed.
 */

/** Horizontal alignment of a paragraph ("both" and "distribute" of Word are `justify`). */
export type WordAlignment = 'left' | 'center' | 'right' | 'justify';

/** Kind of a forced break inside a paragraph. */
export type WordBreakKind = 'page' | 'column';

/**
 * One run of text with its resolved character formatting. `text` holds "\t" for a tab and "\n" for
 * a line break (w:br, w:cr); a page or column break is a run of its own with `break` set and empty
 * text; a field (PAGE, NUMPAGES …) is a run with `field` set and its cached result as text.
 */
export interface WordRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** All capitals (w:caps): Word shows the text upper-cased. */
  caps: boolean;
  smallCaps: boolean;
  /** Font family (ascii/hAnsi font), null when neither the run, its styles nor the defaults name one. */
  font: string | null;
  /** Font size in points, null when nothing sets it (Word then uses 10 pt). */
  sizePt: number | null;
  /** Set on a run that is only a page or column break. */
  break?: WordBreakKind;
  /** Field instruction of a field result run, upper case and trimmed ("PAGE", "NUMPAGES"). */
  field?: string;
  /** Set on text that sits in a highlight (w:highlight), e.g. "yellow". */
  highlight?: string;
}

/** Line spacing: a multiple of single spacing (Word "auto") or a height in points. */
export type WordLineSpacing =
  | { rule: 'multiple'; multiple: number }
  | { rule: 'exact' | 'atLeast'; pt: number };

/** Automatic numbering of a paragraph (w:numPr) and the number text Word would show. */
export interface WordNumbering {
  numId: string;
  /** Level 0–8. */
  level: number;
  /** Format of the level ("decimal", "upperRoman", "lowerLetter", "bullet" …). */
  format: string;
  /**
   * The visible number text ("1.", "I-", "a)", "-") computed from numbering.xml and the paragraphs
   * before it; null when the level's text could not be resolved simply (pictures, legal numbering).
   */
  text: string | null;
}

/** Where a paragraph sits. */
export type WordPlace = 'body' | 'cell' | 'textbox' | 'header' | 'footer';

/** One paragraph with its resolved formatting. */
export interface WordParagraph {
  kind: 'paragraph';
  /**
   * 1-based number of the paragraph in reading order over the whole main document (body paragraphs,
   * table cells and text boxes alike; headers and footers count on their own from 1): the place the
   * import report names ("đoạn 12 của tệp Word").
   */
  seq: number;
  place: WordPlace;
  /** Style id (w:pStyle) and its name, null when the paragraph has no style. */
  styleId: string | null;
  styleName: string | null;
  alignment: WordAlignment;
  /** Indents in millimetres (negative values allowed); `firstLineMm` is negative for a hanging indent. */
  indent: { leftMm: number; rightMm: number; firstLineMm: number };
  spacing: { beforePt: number; afterPt: number; line: WordLineSpacing };
  keepNext: boolean;
  pageBreakBefore: boolean;
  numbering: WordNumbering | null;
  runs: WordRun[];
  /** The paragraph's text: its runs' text joined (tabs "\t", line breaks "\n"), with the number text of `numbering` NOT included. */
  text: string;
  /** Index of the section (WordDocument.sections) the paragraph belongs to. */
  section: number;
  /** Whether the paragraph draws a bottom border (the rule under ĐẢNG CỘNG SẢN VIỆT NAM is often one). */
  bottomBorder?: boolean;
}

/** One cell of a table row. */
export interface WordCell {
  /** The cell's paragraphs in order (those of a nested table included, row by row). */
  paragraphs: WordParagraph[];
  /** The cell's content as blocks, nested tables kept (a Nơi nhận brace group is one). */
  blocks?: WordBlock[];
  /** Number of grid columns the cell spans (w:gridSpan), 1 by default. */
  gridSpan: number;
  /** Vertical merge: "restart" opens a merged cell, "continue" is covered by the one above. */
  vMerge: 'restart' | 'continue' | null;
  widthMm: number | null;
}

/** One table row. */
export interface WordRow {
  cells: WordCell[];
  /** Marked to repeat as a header row on each page (w:tblHeader). */
  header?: boolean;
}

/** A table of the body (or of a header/footer). */
export interface WordTable {
  kind: 'table';
  rows: WordRow[];
  styleId: string | null;
  /** Whether any border of the table or its cells is drawn (a layout table usually has none). */
  bordered: boolean;
  /** Widths of the grid columns in millimetres (w:tblGrid). */
  gridMm: number[];
  section: number;
}

/**
 * A text box (w:txbxContent of a DrawingML shape or a VML textbox). It is placed in `body` right
 * after the paragraph it is anchored in; `anchorSeq` names that paragraph.
 */
export interface WordTextBox {
  kind: 'textbox';
  paragraphs: WordParagraph[];
  anchorSeq: number;
  /** Horizontal offset of the shape from its reference (margin, column or page) in millimetres, when given. */
  offsetXMm: number | null;
  offsetYMm: number | null;
  section: number;
}

/** A block of the body in reading order. */
export type WordBlock = WordParagraph | WordTable | WordTextBox;

/** A header or footer part with its blocks. */
export interface WordHeaderFooter {
  blocks: WordBlock[];
  /** Whether it holds a PAGE field (simple or complex). */
  hasPageField: boolean;
}

/** The header and footer parts of a section by kind (default, first page, even pages). */
export interface WordHeaderFooterSet {
  default: WordHeaderFooter | null;
  first: WordHeaderFooter | null;
  even: WordHeaderFooter | null;
}

/** One section: page size, orientation, margins, headers and footers. */
export interface WordSection {
  pageWidthMm: number;
  pageHeightMm: number;
  landscape: boolean;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number; headerMm: number; footerMm: number; gutterMm: number };
  /** A different first-page header/footer (w:titlePg). */
  titlePage: boolean;
  /** First page number when the section restarts numbering (w:pgNumType w:start), else null. */
  pageNumberStart: number | null;
  headers: WordHeaderFooterSet;
  footers: WordHeaderFooterSet;
}

/** A relationship whose target lies outside the package (TargetMode="External"): listed, never fetched. */
export interface WordExternalLink {
  /** The part holding the relationship ("word/document.xml"). */
  part: string;
  /** Relationship type, last path segment ("hyperlink", "image", "attachedTemplate", "oleObject" …). */
  type: string;
  target: string;
}

/** Document-wide defaults (w:docDefaults) and settings. */
export interface WordDefaults {
  font: string | null;
  sizePt: number | null;
  /** Different headers for even and odd pages (w:evenAndOddHeaders in settings.xml). */
  evenAndOddHeaders: boolean;
}

/** A read Word document. */
export interface WordDocument {
  sections: WordSection[];
  /** The body's blocks in reading order. */
  body: WordBlock[];
  defaults: WordDefaults;
  /** Names of the paragraph and character styles by id. */
  styleNames: Record<string, string>;
  externalLinks: WordExternalLink[];
  /** Whether the package carried macros (they are never run; see main/docx-in/open). */
  hadMacros: boolean;
}
