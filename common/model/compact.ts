/**
 * A compact notation for body content, used by templates and tests: one object per block,
 * `{ "h1": "I- …" }`, `{ "h2": "1. …" }`, `{ "h3": "a) …" }`, `{ "p": "…" }`, `{ "dash": "- …" }`,
 * `{ "center": "Chương I" }`, `{ "table": [["Cột 1", "Cột 2"], ["…", "…"]] }`. Inline `**bold**`
 * and `*italic*` are recognised in text, and the template's placeholders: `[[...]]` a blank to
 * fill, `[[~Câu văn mẫu.]]` sample prose to replace, either with a hint after a bar
 * (`[[...|ngày họp]]`). They may nest (`**[[...]]**`, `[[~*mẫu*]]`).
 */
import type { Mark, Node } from 'prosemirror-model';
import { schema } from './schema';

/** One block in compact notation. */
export type CompactBlock =
  | { h1: string } | { h2: string } | { h3: string } | { p: string } | { dash: string }
  | { center: string } | { table: string[][] };

const INLINE = /\[\[(~?)(.+?)(?:\|([^\]|]*))?\]\]|\*\*(.+?)\*\*|\*(.+?)\*/gu;

/** Inline text with `**bold**`, `*italic*` and `[[placeholder]]` spans, as ProseMirror text nodes. */
export function inline(text: string, marks: readonly Mark[] = []): Node[] {
  const out: Node[] = [];
  const re = new RegExp(INLINE);
  let last = 0;
  const plain = (s: string) => { if (s) out.push(schema.text(s, marks)); };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    plain(text.slice(last, m.index));
    if (m[2] !== undefined) {
      const mark = schema.marks.placeholder.create({ kind: m[1] ? 'sample' : 'blank', hint: (m[3] ?? '').trim() });
      out.push(...inline(m[2], mark.addToSet(marks)));
    } else {
      const mark = m[4] !== undefined ? schema.marks.bold : schema.marks.italic;
      out.push(...inline(m[4] ?? m[5], mark.create().addToSet(marks)));
    }
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return out;
}

/** Builds the ProseMirror node of one compact block. */
export function blockFromCompact(b: CompactBlock): Node {
  const n = schema.nodes;
  if ('h1' in b) return n.heading.create({ level: 1 }, inline(b.h1));
  if ('h2' in b) return n.heading.create({ level: 2 }, inline(b.h2));
  if ('h3' in b) return n.heading.create({ level: 3 }, inline(b.h3));
  if ('dash' in b) return n.dash_item.create(null, inline(b.dash));
  if ('center' in b) return n.centered_heading.create(null, inline(b.center));
  if ('table' in b) {
    return n.table.create(null, b.table.map((row, i) =>
      n.table_row.create(null, row.map((cell) => n.table_cell.create({ header: i === 0 }, n.paragraph.create(null, inline(cell)))))));
  }
  if ('p' in b) return n.paragraph.create(null, inline(b.p));
  throw new TypeError(`Khối nội dung không hợp lệ: ${JSON.stringify(b)}`);
}

/** Builds body blocks from compact notation. */
export function blocksFromCompact(blocks: CompactBlock[]): Node[] {
  return blocks.map(blockFromCompact);
}
