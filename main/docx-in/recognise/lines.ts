/**
 * The Word body as the recogniser walks it: units in reading order (a paragraph, a table, a text
 * box), each paragraph a `Line` with its text cleaned (NFC, no-break spaces as spaces) and cut into
 * segments where tabs or runs of spaces were used to push text to the other side of the page
 * ("TỈNH ỦY NINH BÌNH\t\tĐẢNG CỘNG SẢN VIỆT NAM"). A line knows its column when a layout table,
 * a text box's position, an alignment or such a segment says it.
 */
import type { WordBlock, WordParagraph, WordTable, WordTextBox } from '../read/types';

/** Which side of a two-column block a text sits on. */
export type Side = 'left' | 'right' | null;

/** A piece of a line between alignment gaps. */
export interface Segment {
  text: string;
  side: Side;
}

/** One paragraph as the recogniser sees it. */
export interface Line {
  para: WordParagraph;
  seq: number;
  /** Cleaned text (NFC, no-break spaces as spaces, each line of a manual break trimmed; "\n" kept). */
  text: string;
  /** The text cut at alignment gaps (tabs, 3+ spaces); one segment when there is none. */
  segments: Segment[];
  /** Column given by the container (a cell of a two-column table, a text box's place). */
  side: Side;
  /** Whether every non-empty run is bold / italic / underlined. */
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Whether the text is printed in capitals (all letters upper, or w:caps on every run). */
  upper: boolean;
}

/** A unit of the body in reading order. */
export type Unit =
  | { kind: 'line'; line: Line; index: number }
  | { kind: 'table'; table: WordTable; index: number; lines: Line[] }
  | { kind: 'textbox'; box: WordTextBox; index: number; lines: Line[] };

/** NFC, no-break and other spaces as plain spaces; tabs and line breaks kept. */
export function cleanWordText(text: string): string {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character (the joiner too) is removed on its own
  return text.normalize('NFC').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu, ' ').replace(/[\u200b\u200c\u200d\ufeff\u00ad]/gu, '');
}

const GAP = /\t+| {3,}/u;

function allRuns(p: WordParagraph, test: (r: WordParagraph['runs'][number]) => boolean): boolean {
  const runs = p.runs.filter((r) => r.text.trim() && !r.break);
  return runs.length > 0 && runs.every(test);
}

/** Builds the Line of a paragraph in a container on `side`. */
export function lineOf(p: WordParagraph, side: Side): Line {
  const text = cleanWordText(p.text);
  const parts = text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  // Alignment gaps are tabs and runs of ordinary spaces; no-break spaces are blanks to fill ("Số      -NQ/TU").
  const pieces = p.text.normalize('NFC').replace(/\n/gu, ' ').split(GAP).map((s) => cleanWordText(s).trim()).filter(Boolean);
  let segments: Segment[];
  if (pieces.length <= 1) {
    const own: Side = side ?? (p.alignment === 'right' || p.indent.leftMm > 70 ? 'right' : null);
    segments = [{ text: parts.replace(/[ \t]+/gu, ' '), side: own }];
  } else {
    segments = pieces.map((s, i) => ({ text: s.replace(/\s+/gu, ' '), side: i === 0 ? 'left' : 'right' }));
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    para: p, seq: p.seq, text: parts.replace(/[ \t]+/gu, ' ').trim(), segments, side,
    bold: allRuns(p, (r) => r.bold), italic: allRuns(p, (r) => r.italic), underline: allRuns(p, (r) => r.underline),
    upper: letters.length > 0 && (letters === letters.toLocaleUpperCase('vi-VN') || allRuns(p, (r) => r.caps)),
  };
}

/** Side of each grid column of a table (left half / right half) by the cells' positions. */
function cellSides(table: WordTable, row: number): Side[] {
  const cells = table.rows[row].cells;
  const total = cells.reduce((n, c) => n + c.gridSpan, 0);
  let at = 0;
  return cells.map((c) => {
    const mid = at + c.gridSpan / 2;
    at += c.gridSpan;
    if (cells.length === 1) return null;
    return mid <= total / 2 ? 'left' : 'right';
  });
}

/** The units of a list of blocks; text boxes on the left or right by their offset. */
export function unitsOf(blocks: WordBlock[]): Unit[] {
  return blocks.map((b, index): Unit => {
    if (b.kind === 'paragraph') return { kind: 'line', line: lineOf(b, null), index };
    if (b.kind === 'table') {
      const lines: Line[] = [];
      b.rows.forEach((r, ri) => {
        const sides = cellSides(b, ri);
        r.cells.forEach((c, ci) => { for (const p of c.paragraphs) lines.push(lineOf(p, sides[ci])); });
      });
      return { kind: 'table', table: b, index, lines };
    }
    const side: Side = b.offsetXMm === null ? null : b.offsetXMm > 70 ? 'right' : 'left';
    return { kind: 'textbox', box: b, index, lines: b.paragraphs.map((p) => lineOf(p, side)) };
  });
}

/** The lines of a unit (one for a paragraph). */
export function linesOfUnit(u: Unit): Line[] {
  return u.kind === 'line' ? [u.line] : u.lines;
}
