/**
 * Page breaks in the page view: after the user stops typing, the blocks are measured
 * (page-measure.ts) and a gap (page-gap.ts) is put where each printed page ends (page-breaks.ts):
 * before a block that moves to the next page, or between two lines of a paragraph that Word would
 * split. Measuring runs off the typing path (debounced, never during an IME composition), so it
 * adds nothing to keystroke latency. A long document also gets the display window of
 * page-window.ts, which works from the same measure.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { findPart } from '../../../common/model';
import { computeBreaks, type PageBreak } from './page-breaks';
import { gapHeight, gapWidget } from './page-gap';
import { MeasuredBlocks, measureBlocks, type Measure } from './block-measure';
import { PageWindow, pageWindowPlugin, windowKey, type BodyGeometry } from './display-window';
import { refreshRendered } from './render-for-measure';

export { computeBreaks, type PageBreak } from './page-breaks';

/** Key of the pagination plugin; its state holds the gap decorations. */
export const pagesKey = new PluginKey<DecorationSet>('vanthu-pages');

/** Options of the pagination: the page's text height and margins (mm, from the profile). */
export interface PaginationOptions {
  contentMm: number;
  bottomMm: number;
  topMm: number;
  /** An invisible element as tall as the page's text area, inside the zoomed page. */
  ruler(): HTMLElement | null;
  /** Receives the page count after each measure. */
  onPages?(n: number): void;
  /** Pause after the last change before measuring, ms (default 400). */
  delay?: number;
}

/** Where the body's blocks are once the gaps are drawn (for the display window). */
function bodyGeometry(state: EditorState, m: Measure, breaks: PageBreak[], gapPx: (b: PageBreak) => number): BodyGeometry | null {
  if (m.body.some((i) => i < 0)) return null;
  const tops: number[] = [];
  const bottoms: number[] = [];
  let j = 0;
  let shift = 0;
  m.body.forEach((bi, i) => {
    const b = m.blocks[bi];
    const end = i + 1 < m.body.length ? m.blocks[m.body[i + 1]].pos : Infinity;
    while (j < breaks.length && breaks[j].pos <= b.pos) shift += gapPx(breaks[j++]);
    tops.push(b.top + shift);
    while (j < breaks.length && breaks[j].pos < end && breaks[j].inline) shift += gapPx(breaks[j++]);
    bottoms.push(b.bottom + shift);
  });
  return tops.length === findPart(state.doc, 'body').childCount ? { tops, bottoms } : null;
}

/** The page view's plugins: pagination and, for a long document, the display window. */
export function paginationPlugins(opts: PaginationOptions): Plugin[] {
  // Block gaps before a position, from this plugin's decorations (for the window's :nth-child indices).
  const win = new PageWindow((state, pos) => (pagesKey.getState(state)?.find(0, pos - 1, (spec) => spec.block) ?? []).length);
  const gapPx = (b: PageBreak) => gapHeight(b, opts.bottomMm, opts.topMm);
  const pages = new Plugin({
    key: pagesKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => (tr.getMeta(pagesKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => pagesKey.getState(state) },
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = '';
      const known = new MeasuredBlocks();
      const run = () => {
        const ruler = opts.ruler();
        if (!ruler || !view.dom.isConnected) return;
        if (view.composing) { schedule(); return; }
        let missing = false;
        const m = measureBlocks(view, ruler, opts.contentMm, known, () => { missing = true; });
        const breaks = computeBreaks(m.blocks, m.contentPx);
        const sig = breaks.map((b) => `${b.pos}:${Math.round(b.fill)}`).join(',');
        opts.onPages?.(breaks.length + 1);
        // A block not measured yet (hidden and changed) is displayed now: measure again shortly.
        if (missing) schedule(50);
        const g = bodyGeometry(view.state, m, breaks, gapPx);
        if (sig !== last) {
          last = sig;
          const set = DecorationSet.create(view.state.doc, breaks.map((b) => Decoration.widget(b.pos, () => gapWidget(b, opts.bottomMm, opts.topMm),
            { side: -1, key: `gap-${b.page}-${Math.round(b.fill)}-${b.inline ? 'i' : 'b'}`, ignoreSelection: true, marks: [], block: !b.inline })));
          view.dispatch(view.state.tr.setMeta(pagesKey, set).setMeta('addToHistory', false));
          refreshRendered();
        }
        if (g) { win.setGeometry(g); win.sync(view.state, windowKey.getState(view.state)); }
      };
      function schedule(delay = opts.delay ?? 400) { clearTimeout(timer); timer = setTimeout(run, delay); }
      schedule();
      return { update: (_v, prev) => { if (prev.doc !== view.state.doc) schedule(); }, destroy: () => clearTimeout(timer) };
    },
  });
  return [pages, pageWindowPlugin(win)];
}
