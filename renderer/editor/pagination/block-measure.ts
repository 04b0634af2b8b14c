/**
 * Measuring the page view for pagination. Each block's height and margins are read from the DOM
 * when it is displayed and kept per node; a block that is not displayed (far from the view, see
 * page-window.ts, or skipped off screen by `content-visibility`) keeps the figures it had when last
 * measured, and a block that is new or changed since is displayed for the measure (render-sheet.ts).
 * The natural (gap-free, unzoomed) positions are then the sum of heights and collapsed margins,
 * as block layout stacks them.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { MeasuredBlock } from './page-breaks';
import { PX_PER_MM } from './page-css';
import { GAP_CLASS } from './page-gap';
import { renderForMeasure } from './render-for-measure';
import { lineStarts, type Line } from './paragraph-lines';

/** Blocks that may split across pages (Word splits any paragraph: the export sets no widow control). */
const SPLITTABLE = new Set(['paragraph', 'dash_item']);

/** What is kept of a measured block (CSS px of the unzoomed page). */
interface Geo { h: number; mt: number; mb: number; lines?: Line[] }

/**
 * The blocks measured so far: per node, the DOM element it was measured in and its figures, under
 * a scale (zoom and profile); a node that is new, changed or redrawn has none.
 */
export class MeasuredBlocks {
  private seen = new WeakMap<object, { dom: Element; geo: Geo }>();
  private scale = '';
  /** Forgets everything when the scale changes (zoom, profile). */
  rescale(scale: string): void {
    if (scale !== this.scale) { this.seen = new WeakMap(); this.scale = scale; this.bodyStart = null; }
  }
  /** The figures of `node` measured in `dom`, if any. */
  get(node: object, dom: Element): Geo | undefined {
    const e = this.seen.get(node);
    return e?.dom === dom ? e.geo : undefined;
  }
  /** Records the figures of `node` measured in `dom`. */
  set(node: object, dom: Element, geo: Geo): void { this.seen.set(node, { dom, geo }); }
  /** Natural top of the body's first block (the header and title above it hold margins that collapse through their parts). */
  bodyStart: number | null = null;
  private wanted = new Set<Element>();
  /** Asks for `dom` to be displayed at the next measure (its lines are needed). */
  want(dom: Element): void { this.wanted.add(dom); }
  /** The elements asked for, once. */
  takeWanted(): Element[] { const w = [...this.wanted]; this.wanted.clear(); return w; }
}

interface BlockRef { pos: number; keep: boolean; split: boolean; breakBefore?: boolean; head?: boolean; body?: boolean }

function blocksOf(state: EditorState): BlockRef[] {
  const out: BlockRef[] = [];
  state.doc.forEach((node, offset) => {
    // A part printed from a new page (an appendix): its head (label, title) starts a page.
    if (node.type.spec.startsPage) out.push({ pos: offset, keep: true, split: false, breakBefore: true, head: true });
    if (node.type.name === 'body' || node.type.name === 'appendix') {
      node.forEach((c, o, i) => out.push({
        pos: offset + 1 + o,
        // The exporter keeps headings and the body's last paragraph with what follows; a table gets no keep-with-next.
        keep: c.type.name === 'heading' || c.type.name === 'centered_heading' || (node.type.name === 'body' && i === node.childCount - 1 && c.type.name !== 'table'),
        split: SPLITTABLE.has(c.type.name),
        body: node.type.name === 'body',
      }));
    } else out.push({ pos: offset, keep: node.type.name === 'header' || node.type.name === 'title', split: false });
  });
  return out;
}

/**
 * The result of a measure: the blocks in natural positions, the page's text height, and for each
 * child of the body the index of its block in `blocks` (-1 when it could not be measured).
 */
export interface Measure { blocks: MeasuredBlock[]; contentPx: number; body: number[] }

/** Measures the view (see the module comment). */
export function measureBlocks(view: EditorView, ruler: HTMLElement, contentMm: number, known: MeasuredBlocks, onMissing: () => void): Measure {
  const k = ruler.getBoundingClientRect().height / (contentMm * PX_PER_MM) || 1;
  known.rescale(`${k.toFixed(4)}|${ruler.parentElement?.getAttribute('data-profile') ?? ''}`);
  const items = blocksOf(view.state).map((ref) => {
    const outer = view.nodeDOM(ref.pos) as HTMLElement | null;
    const dom = ref.head ? outer?.querySelector<HTMLElement>(':scope > .vt-appendix-head') ?? outer : outer;
    return { ref, node: view.state.doc.nodeAt(ref.pos), dom: dom?.nodeType === 1 ? dom : null };
  });
  const fresh = items.filter((it) => it.node && it.dom && !known.get(it.node, it.dom)).map((it) => it.dom!);
  renderForMeasure(view.dom, [...fresh, ...known.takeWanted().filter((d) => d.isConnected)]);
  const blocks: MeasuredBlock[] = [];
  let y = 0;
  let prevMb = 0;
  const body: number[] = [];
  for (const { ref, node, dom } of items) {
    if (!node || !dom) continue;
    let geo = known.get(node, dom);
    if (dom.getClientRects().length) {
      const inner = [...dom.querySelectorAll<HTMLElement>(`.${GAP_CLASS}`)].reduce((s, g) => s + g.getBoundingClientRect().height, 0);
      const cs = getComputedStyle(dom);
      geo = { h: (dom.getBoundingClientRect().height - inner) / k, mt: parseFloat(cs.marginTop) || 0, mb: parseFloat(cs.marginBottom) || 0, lines: geo?.lines };
      known.set(node, dom, geo);
    }
    if (!geo) { onMissing(); if (ref.body) body.push(-1); continue; }
    const firstOfBody = ref.body && !body.length;
    if (firstOfBody && dom.getClientRects().length) known.bodyStart = bodyStart(view, dom, k) ?? known.bodyStart;
    const top = firstOfBody && known.bodyStart !== null ? known.bodyStart : y + Math.max(prevMb, geo.mt);
    y = top + geo.h;
    prevMb = geo.mb;
    if (ref.body) body.push(blocks.length);
    const g = geo;
    blocks.push({
      pos: ref.pos, keep: ref.keep, breakBefore: ref.breakBefore, top, bottom: y,
      ...(ref.split ? { lineAfter: (limit: number) => lineAfter(view, ref.pos, dom, g, top, limit, k, () => { known.want(dom); onMissing(); }) } : {}),
    });
  }
  return { blocks, contentPx: contentMm * PX_PER_MM, body };
}

/**
 * The natural top of the body's first block, read from the DOM: its distance from the top of the
 * document less any page gap above the body. Not readable while the page window's top spacer stands
 * for hidden blocks (a measure can display them all, spacer included): null then.
 */
function bodyStart(view: EditorView, first: HTMLElement, k: number): number | null {
  const body = first.parentElement;
  if (!body) return null;
  const spacer = getComputedStyle(body, '::before').content;
  if (spacer && spacer !== 'none' && spacer !== 'normal') return null;
  const top = body.getBoundingClientRect().top;
  const gaps = [...view.dom.querySelectorAll<HTMLElement>(`:scope > .${GAP_CLASS}`)]
    .map((g) => g.getBoundingClientRect()).filter((g) => g.bottom <= top + 1).reduce((sum, g) => sum + g.height, 0);
  return (first.getBoundingClientRect().top - view.dom.getBoundingClientRect().top - gaps) / k;
}

/** The first line of a paragraph whose bottom is below `limit`, from its lines (read once per node while displayed). */
function lineAfter(view: EditorView, pos: number, dom: Element, geo: Geo, top: number, limit: number, k: number, onMissing: () => void): { pos: number; top: number } | null {
  if (!geo.lines) {
    if (!dom.getClientRects().length) { onMissing(); return null; }
    geo.lines = lineStarts(view, pos, dom, k);
  }
  const j = geo.lines.findIndex((l) => top + l.bottom > limit + 0.5);
  return j <= 0 ? null : { pos: pos + geo.lines[j].off, top: top + geo.lines[j].top };
}
