/**
 * Measuring the page view for pagination: the natural top and bottom of every block (page gaps
 * subtracted, zoom removed), and for a paragraph the line at which it can be split. Blocks off
 * screen are not rendered (`content-visibility: auto`, editor.css) and keep the size they had when
 * last rendered; a block that is new or changed since it was last measured is rendered first.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { MeasuredBlock } from './page-breaks';
import { GAP_CLASS } from './page-gap';
import { renderForMeasure } from './render-sheet';

const MM = 96 / 25.4;
/** Blocks that may split across pages (Word splits any paragraph: the export sets no widow control). */
const SPLITTABLE = new Set(['paragraph', 'dash_item']);

/**
 * The blocks whose size the browser knows: the DOM element each node was last measured in, under a
 * scale (zoom and profile); a node that is new, changed or redrawn is not in it.
 */
export class MeasuredBlocks {
  private seen = new WeakMap<object, Element>();
  private scale = '';
  /** Forgets everything when the scale changes (zoom, profile). */
  rescale(scale: string): void {
    if (scale !== this.scale) { this.seen = new WeakMap(); this.scale = scale; }
  }
  /** Whether `node` was measured in `dom`. */
  has(node: object, dom: Element): boolean { return this.seen.get(node) === dom; }
  /** Records that `node` is measured in `dom`. */
  add(node: object, dom: Element): void { this.seen.set(node, dom); }
}

interface BlockRef { pos: number; keep: boolean; split: boolean; breakBefore?: boolean; head?: boolean }

function blocksOf(state: EditorState): BlockRef[] {
  const out: BlockRef[] = [];
  state.doc.forEach((node, offset) => {
    // A part printed from a new page (an appendix): its head (label, title) starts a page.
    if (node.type.spec.startsPage) out.push({ pos: offset, keep: true, split: false, breakBefore: true, head: true });
    if (node.type.name === 'body' || node.type.name === 'appendix') {
      node.forEach((c, o, i) => out.push({
        pos: offset + 1 + o,
        keep: c.type.name === 'heading' || c.type.name === 'centered_heading' || (node.type.name === 'body' && i === node.childCount - 1),
        split: SPLITTABLE.has(c.type.name),
      }));
    } else out.push({ pos: offset, keep: node.type.name === 'header' || node.type.name === 'title', split: false });
  });
  return out;
}

/** The text positions of a paragraph's DOM, in order: [text node, offset] for each character. */
function chars(dom: Element): [Text, number][] {
  const out: [Text, number][] = [];
  const walk = document.createTreeWalker(dom, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest(`.${GAP_CLASS}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
  for (let t = walk.nextNode() as Text | null; t; t = walk.nextNode() as Text | null) for (let i = 0; i < t.data.length; i++) out.push([t, i]);
  return out;
}

/**
 * The first line of a paragraph whose bottom (natural, via `toNatural`) is below `limit`: binary
 * search over the characters' boxes; null when that is the first line.
 */
function lineAfter(view: EditorView, dom: Element, limit: number, toNatural: (clientY: number) => number): { pos: number; top: number } | null {
  const cs = chars(dom);
  const range = document.createRange();
  const box = (i: number) => { range.setStart(cs[i][0], cs[i][1]); range.setEnd(cs[i][0], cs[i][1] + 1); return range.getClientRects()[0] ?? range.getBoundingClientRect(); };
  let lo = 0;
  let hi = cs.length; // first character whose line ends below the limit
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toNatural(box(mid).bottom) > limit + 0.5) hi = mid; else lo = mid + 1;
  }
  if (hi >= cs.length) return null;
  const top = toNatural(box(hi).top);
  // The line starts at the first character on the same line as `hi`.
  let first = hi;
  while (first > 0 && toNatural(box(first - 1).top) >= top - 1) first--;
  if (first === 0) return null;
  return { pos: view.posAtDOM(cs[first][0], cs[first][1]), top: toNatural(box(first).top) };
}

/**
 * The blocks of the view with their natural geometry (CSS px of the unzoomed page), and the text
 * height of a page in the same unit.
 */
export function measureBlocks(view: EditorView, ruler: HTMLElement, contentMm: number, known: MeasuredBlocks): { blocks: MeasuredBlock[]; contentPx: number } {
  const k = ruler.getBoundingClientRect().height / (contentMm * MM) || 1;
  known.rescale(`${k.toFixed(4)}|${ruler.parentElement?.getAttribute('data-profile') ?? ''}`);
  const refs = blocksOf(view.state);
  const fresh: Element[] = [];
  for (const { pos } of refs) {
    const node = view.state.doc.nodeAt(pos);
    const dom = view.nodeDOM(pos) as Element | null;
    if (!node || !dom || dom.nodeType !== 1) continue;
    // A paragraph split by a page gap is measured around its gap every time.
    if (!known.has(node, dom) || dom.querySelector(`.${GAP_CLASS}`)) fresh.push(dom);
    known.add(node, dom);
  }
  renderForMeasure(view.dom, fresh);
  const gapBefore = new Map<number, number>();
  for (const g of view.dom.querySelectorAll<HTMLElement>(`:scope .${GAP_CLASS}:not(.vt-pagegap-inline)`)) gapBefore.set(Number(g.dataset.pos), g.getBoundingClientRect().height);
  const origin = view.dom.getBoundingClientRect().top;
  const blocks: MeasuredBlock[] = [];
  let shift = 0;
  for (const { pos, keep, split, breakBefore, head } of refs) {
    shift += gapBefore.get(pos) ?? 0;
    const node = view.nodeDOM(pos) as HTMLElement | null;
    const dom = head ? node?.querySelector<HTMLElement>(':scope > .vt-appendix-head') ?? node : node;
    if (!dom || dom.nodeType !== 1) continue;
    const r = dom.getBoundingClientRect();
    const inner = [...dom.querySelectorAll<HTMLElement>(`.${GAP_CLASS}`)].map((g) => g.getBoundingClientRect());
    const base = shift;
    // A point of this block, natural: less the gaps above it, inner ones included.
    const toNatural = (y: number) => (y - origin - base - inner.filter((g) => g.bottom <= y + 0.5).reduce((s, g) => s + g.height, 0)) / k;
    const innerSum = inner.reduce((s, g) => s + g.height, 0);
    blocks.push({
      pos, keep, breakBefore, top: (r.top - origin - base) / k, bottom: (r.bottom - origin - base - innerSum) / k,
      ...(split ? { lineAfter: (limit: number) => lineAfter(view, dom, limit, toNatural) } : {}),
    });
    shift += innerSum;
  }
  return { blocks, contentPx: contentMm * MM };
}
