/**
 * Template leftovers (check of issue #11): every placeholder of the template still in the document
 * — a blank ("ngày ... tháng ... năm") or sample prose, marked in the model (common/model/marks.ts)
 * — and the same leftovers written as plain text, without the mark (a draft of an older version,
 * a paste, a form field): dots or "…" standing as a word, "(nơi nhận mới)", "[tên đơn vị]".
 * Each is an error: a document with any of them cannot be submitted (Trình ký) or numbered.
 */
import type { Node } from 'prosemirror-model';
import { findPart } from '../model/parts';
import { placeholdersIn } from '../model/placeholder';
import { PART_FIELD_LABELS } from '../draft/fields';
import type { CheckPart, Finding } from './check';

type Add = (f: Omit<Finding, 'pos' | 'severity'> & { severity?: Finding['severity']; pos?: number }) => void;

/** Literal blanks of templates and forms: a run of dots or "…" standing alone, "(nơi nhận mới)", "[tên …]". */
const LITERAL_BLANK = /(?<![\p{L}\p{N}])(?:\.{3,}|…+)(?![\p{L}\p{N}])|\(\s*nơi nhận mới\s*\)|\[[^\]\n]*\p{L}[^\]\n]*\]/giu;

/** The literal blanks of a text (each occurrence's text); `(ngày) ... tháng ... năm` gives two "...". */
export function literalBlanks(text: string): string[] {
  return [...text.matchAll(LITERAL_BLANK)].map((m) => m[0]);
}

/** Ranges [from, to) of the literal blanks of a text. */
function literalRanges(text: string): [number, number][] {
  return [...text.matchAll(LITERAL_BLANK)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The blanks of a text with a few words around each, blanks close together merged into one
 * ("ngày ... tháng ... năm 2026"), so a message shows where the blank is. `ranges` are sorted.
 */
export function blankContexts(text: string, ranges: [number, number][], around = 16): string[] {
  const spans: [number, number][] = [];
  for (const [a, b] of ranges) {
    const from = Math.max(0, a - around);
    const to = Math.min(text.length, b + around);
    const prev = spans[spans.length - 1];
    if (prev && from <= prev[1]) prev[1] = to;
    else spans.push([from, to]);
  }
  return spans.map(([from, to]) => {
    let s = text.slice(from, to);
    if (from > 0) s = s.replace(/^\S*\s/u, '');
    if (to < text.length) s = s.replace(/\s\S*$/u, '');
    return s.trim();
  });
}

/** The literal blanks of a text, each with its context (see blankContexts). */
export function literalBlankContexts(text: string): string[] {
  return blankContexts(text, literalRanges(text));
}

/** A short excerpt of a placeholder's text for a message. */
function excerpt(text: string, max = 50): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** The message of one leftover: a blank to fill, or sample prose to replace. */
export function leftoverMessage(kind: 'blank' | 'sample', text: string, where: string): string {
  return kind === 'sample'
    ? `Còn câu văn mẫu chưa thay: "${excerpt(text)}" (${where}).`
    : `Còn chỗ trống của mẫu chưa điền: "${excerpt(text, 60)}" (${where}).`;
}

/** A textblock's text with one character per position (a hard break or other leaf is a space). */
function positionText(block: Node): string {
  let text = '';
  block.forEach((n) => { text += n.isText ? n.text ?? '' : ' '.repeat(n.nodeSize); });
  return text;
}

/** Checks one textblock inside the top-level block at `top` (named `where` in messages). */
function checkTextblock(block: Node, top: number, where: string, add: Add): void {
  const text = positionText(block);
  const marked = placeholdersIn(block, 0);
  // Marked blanks and literal blanks outside any placeholder, shown with the words around them.
  const inMarked = (a: number) => marked.some((r) => a >= r.from && a < r.to);
  const blanks: [number, number, string][] = [
    ...marked.filter((r) => r.kind === 'blank').map((r) => [r.from, r.to, 'placeholder-blank'] as [number, number, string]),
    ...literalRanges(text).filter(([a]) => !inMarked(a)).map(([a, b]) => [a, b, 'placeholder-literal'] as [number, number, string]),
  ].sort((x, y) => x[0] - y[0]);
  if (blanks.length) {
    const code = blanks.some((b) => b[2] === 'placeholder-blank') ? 'placeholder-blank' : 'placeholder-literal';
    for (const c of blankContexts(text, blanks.map(([a, b]) => [a, b]))) add({ code, part: 'body', pos: top, message: leftoverMessage('blank', c, where) });
  }
  for (const r of marked) if (r.kind === 'sample') add({ code: 'placeholder-sample', part: 'body', pos: top, message: leftoverMessage('sample', r.text, where) });
}

/** Checks the blocks of the body (or of an appendix): placeholders, then unmarked literal blanks. */
function checkBlocks(container: Node, start: number, label: string, add: Add): void {
  container.forEach((block, offset, index) => {
    const top = start + offset;
    const where = `${label}đoạn ${index + 1}`;
    if (block.isTextblock) checkTextblock(block, top, where, add);
    else block.descendants((n) => {
      if (!n.isTextblock) return true;
      checkTextblock(n, top, where, add);
      return false;
    });
  });
}

/** The structured fields holding free text where a form or template may have left a blank. */
function fieldTexts(part: string, attrs: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, value] of Object.entries(attrs)) {
    if (typeof value === 'string') out.push([field, value]);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) for (const v of value) out.push([field, v as string]);
  }
  if (part === 'recipients') {
    for (const item of (attrs.items ?? []) as { lines: string[]; purpose: string }[]) {
      for (const l of item.lines) out.push(['items', l]);
      out.push(['items', item.purpose]);
    }
  }
  return out;
}

/** Checks the document for template leftovers; `at` are the positions of its parts. */
export function checkPlaceholders(doc: Node, at: Record<CheckPart, number>, add: Add): void {
  for (const part of ['header', 'title', 'signature', 'recipients'] as const) {
    const node = doc.nodeAt(at[part]);
    if (!node) continue;
    for (const [field, value] of fieldTexts(part, node.attrs)) {
      const label = PART_FIELD_LABELS[`${part}.${field}`] ?? field;
      for (const text of literalBlankContexts(value)) {
        add({ code: 'placeholder-literal', part, field, message: leftoverMessage('blank', text, label) });
      }
    }
  }
  checkBlocks(findPart(doc, 'body'), at.body + 1, '', add);
  let appendix = 0;
  doc.forEach((node, offset) => {
    if (node.type.name !== 'appendix') return;
    appendix += 1;
    for (const text of literalBlankContexts(String(node.attrs.title))) add({ code: 'placeholder-literal', part: 'body', pos: offset, message: leftoverMessage('blank', text, `tên phụ lục ${appendix}`) });
    checkBlocks(node, offset + 1, `phụ lục ${appendix}, `, add);
  });
}
