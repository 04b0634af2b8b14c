/**
 * Page breaks in the page view: after the user stops typing, the blocks are measured and a gap
 * widget (end of page, grey band, top margin of the next page with its number) is put before each
 * block that would not fit on the current page — as Word moves a paragraph that does not fit
 * (paragraphs are not split across pages here; the export may split long ones). Measuring runs off
 * the typing path (debounced), so it never adds to keystroke latency.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

/** Key of the pagination plugin; its state holds the gap decorations. */
export const pagesKey = new PluginKey<DecorationSet>('vanthu-pages');
const MM = 96 / 25.4;
/** Grey band between pages, CSS px. */
export const GAP_PX = 16;

/** A break before the block at `pos`, with the white space left at the bottom of the page. */
export interface PageBreak { pos: number; fill: number; page: number }

/**
 * Where pages break, from the natural top and bottom of every block (CSS px); a block marked `keep`
 * (a heading, the last body block before the signature) moves to the next page with its follower.
 */
export function computeBreaks(blocks: { pos: number; top: number; bottom: number; keep?: boolean }[], contentPx: number): PageBreak[] {
  const out: PageBreak[] = [];
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].bottom - start > contentPx && blocks[i].top > start) {
      let j = i;
      while (j > 0 && blocks[j - 1].keep && blocks[j - 1].top > start) j--;
      const b = blocks[j];
      out.push({ pos: b.pos, fill: start + contentPx - b.top, page: out.length + 2 });
      start = b.top;
    }
  }
  return out;
}

function gapWidget(br: PageBreak, bottomMm: number, topMm: number): HTMLElement {
  const d = document.createElement('div');
  d.className = 'vt-pagegap';
  d.dataset.pos = String(br.pos);
  d.contentEditable = 'false';
  d.style.height = `${Math.max(0, br.fill) + (bottomMm + topMm) * MM + GAP_PX}px`;
  const band = document.createElement('div');
  band.className = 'vt-gap-band';
  band.style.height = `${GAP_PX}px`;
  const top = document.createElement('div');
  top.className = 'vt-gap-top';
  const pno = document.createElement('span');
  pno.className = 'vt-pno';
  pno.textContent = String(br.page);
  top.append(pno);
  d.append(band, top);
  return d;
}

function blocksOf(state: EditorState): { pos: number; keep: boolean }[] {
  const out: { pos: number; keep: boolean }[] = [];
  state.doc.forEach((node, offset) => {
    if (node.type.name === 'body' || node.type.name === 'appendix') {
      node.forEach((c, o, i) => out.push({ pos: offset + 1 + o, keep: c.type.name === 'heading' || c.type.name === 'centered_heading' || (node.type.name === 'body' && i === node.childCount - 1) }));
    } else out.push({ pos: offset, keep: node.type.name === 'header' || node.type.name === 'title' });
  });
  return out;
}

/** Measures the view and returns the breaks (CSS px, zoom removed through the ruler). */
export function measure(view: EditorView, ruler: HTMLElement, contentMm: number): PageBreak[] {
  const pageEl = ruler.parentElement;
  pageEl?.classList.add('vt-measuring');
  try {
    return measureNow(view, ruler, contentMm);
  } finally {
    pageEl?.classList.remove('vt-measuring');
  }
}

function measureNow(view: EditorView, ruler: HTMLElement, contentMm: number): PageBreak[] {
  const k = ruler.getBoundingClientRect().height / (contentMm * MM) || 1;
  const gaps = new Map<number, number>();
  for (const g of view.dom.querySelectorAll<HTMLElement>('.vt-pagegap')) gaps.set(Number(g.dataset.pos), g.getBoundingClientRect().height);
  const origin = view.dom.getBoundingClientRect().top;
  const items: { pos: number; top: number; bottom: number; keep: boolean }[] = [];
  let shift = 0;
  for (const { pos, keep } of blocksOf(view.state)) {
    shift += gaps.get(pos) ?? 0;
    const dom = view.nodeDOM(pos) as HTMLElement | null;
    if (!dom || dom.nodeType !== 1) continue;
    const r = dom.getBoundingClientRect();
    items.push({ pos, keep, top: (r.top - origin - shift) / k, bottom: (r.bottom - origin - shift) / k });
  }
  return computeBreaks(items, contentMm * MM);
}

/** The plugin; `onPages` receives the page count after each measure. */
export function paginationPlugin(opts: { contentMm: number; bottomMm: number; topMm: number; ruler: () => HTMLElement | null; onPages?(n: number): void; delay?: number }): Plugin {
  return new Plugin({
    key: pagesKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => (tr.getMeta(pagesKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => pagesKey.getState(state) },
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = '';
      const run = () => {
        const ruler = opts.ruler();
        if (!ruler || !view.dom.isConnected) return;
        // Never touch the DOM during an IME composition (Unikey/Telex): try again after it ends.
        if (view.composing) { schedule(); return; }
        const breaks = measure(view, ruler, opts.contentMm);
        const sig = breaks.map((b) => `${b.pos}:${Math.round(b.fill)}`).join(',');
        opts.onPages?.(breaks.length + 1);
        if (sig === last) return;
        last = sig;
        const set = DecorationSet.create(view.state.doc, breaks.map((b) => Decoration.widget(b.pos, () => gapWidget(b, opts.bottomMm, opts.topMm), { side: -1, key: `gap-${b.page}-${Math.round(b.fill)}`, ignoreSelection: true })));
        view.dispatch(view.state.tr.setMeta(pagesKey, set).setMeta('addToHistory', false));
      };
      function schedule() { clearTimeout(timer); timer = setTimeout(run, opts.delay ?? 400); }
      schedule();
      return { update: (_v, prev) => { if (prev.doc !== view.state.doc) schedule(); }, destroy: () => clearTimeout(timer) };
    },
  });
}
