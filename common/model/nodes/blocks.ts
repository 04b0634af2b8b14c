/**
 * Blocks of the free body. Numbering prefixes are literal text, as Party documents write them
 * ("I- QUAN ĐIỂM", "1. Mục tiêu", "a)", "- "); the node type carries the style.
 */
import { part } from '../part';

/** A justified paragraph with first-line indent. */
export const paragraphPart = part('paragraph', {
  content: 'inline*',
  group: 'block',
  toDOM: () => ['p', 0],
  parseDOM: [{ tag: 'p' }],
});

/** Heading levels: 1 "I- …" (bold, upper), 2 "1. …" (bold), 3 "a) …" (regular). */
export const headingPart = part('heading', {
  attrs: { level: { default: 1 } },
  content: 'inline*',
  group: 'block',
  defining: true,
  toDOM: (node) => [`h${node.attrs.level + 1}`, 0],
  parseDOM: [2, 3, 4].map((n) => ({ tag: `h${n}`, attrs: { level: n - 1 } })),
});

/** A dash item "- …", the usual list form of Party documents. */
export const dashItemPart = part('dash_item', {
  content: 'inline*',
  group: 'block',
  toDOM: () => ['p', { class: 'vt-dash' }, 0],
  parseDOM: [{ tag: 'p.vt-dash', priority: 60 }],
});

/** A centred bold heading: "Chương I", "QUY ĐỊNH CHUNG", "Phần thứ nhất". */
export const centeredHeadingPart = part('centered_heading', {
  content: 'inline*',
  group: 'block',
  defining: true,
  toDOM: () => ['p', { class: 'vt-center' }, 0],
  parseDOM: [{ tag: 'p.vt-center', priority: 60 }],
});

/** Text. */
export const textPart = part('text', { group: 'inline' });

/** A line break inside a paragraph (Shift+Enter). */
export const hardBreakPart = part('hard_break', {
  inline: true,
  group: 'inline',
  selectable: false,
  toDOM: () => ['br'],
  parseDOM: [{ tag: 'br' }],
});
