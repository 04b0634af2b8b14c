/**
 * The lines of a displayed paragraph, for splitting it across pages: where each line starts (as an
 * offset from the paragraph's position) and its top and bottom from the paragraph's top (CSS px of
 * the unzoomed page, page gaps inside the paragraph left out). Found by binary search over the
 * characters' boxes, a few range measurements per line.
 */
import type { EditorView } from 'prosemirror-view';
import { GAP_CLASS } from './page-gap';

/** A line of a paragraph. */
export interface Line { off: number; top: number; bottom: number }

/** The text positions of an element, in order: [text node, offset] for each character (gaps left out). */
function chars(dom: Element): [Text, number][] {
  const out: [Text, number][] = [];
  const walk = document.createTreeWalker(dom, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(`.${GAP_CLASS}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let t = walk.nextNode() as Text | null; t; t = walk.nextNode() as Text | null) for (let i = 0; i < t.data.length; i++) out.push([t, i]);
  return out;
}

/** The lines of paragraph `dom` (at document position `pos`), `k` being the zoom. */
export function lineStarts(view: EditorView, pos: number, dom: Element, k: number): Line[] {
  const cs = chars(dom);
  if (!cs.length) return [];
  const top0 = dom.getBoundingClientRect().top;
  const gaps = [...dom.querySelectorAll(`.${GAP_CLASS}`)].map((g) => g.getBoundingClientRect());
  const range = document.createRange();
  const box = (i: number) => {
    range.setStart(cs[i][0], cs[i][1]);
    range.setEnd(cs[i][0], cs[i][1] + 1);
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  };
  // Client y → natural offset from the paragraph's top, less the gaps above.
  const nat = (y: number) => (y - top0 - gaps.filter((g) => g.bottom <= y + 0.5).reduce((s, g) => s + g.height, 0)) / k;
  const lines: Line[] = [];
  let start = 0;
  while (start < cs.length) {
    const first = box(start);
    let lo = start + 1;
    let hi = cs.length; // first character below this line
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (box(mid).top >= first.bottom - 1) hi = mid; else lo = mid + 1;
    }
    const last = box(hi - 1);
    lines.push({ off: view.posAtDOM(cs[start][0], cs[start][1]) - pos, top: nat(first.top), bottom: nat(Math.max(first.bottom, last.bottom)) });
    start = hi;
  }
  return lines;
}
