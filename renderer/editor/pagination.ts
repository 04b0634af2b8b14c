/**
 * Page breaks in the page view: after the user stops typing, the blocks are measured
 * (page-measure.ts) and a gap (page-gap.ts) is put where each printed page ends (page-breaks.ts):
 * before a block that moves to the next page, or between two lines of a paragraph that Word would
 * split. Measuring runs off the typing path (debounced, never during an IME composition), so it
 * adds nothing to keystroke latency.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { computeBreaks } from './page-breaks';
import { gapWidget } from './page-gap';
import { MeasuredBlocks, measureBlocks } from './page-measure';
import { refreshRendered } from './render-sheet';

export { computeBreaks, type PageBreak } from './page-breaks';
export { GAP_PX } from './page-gap';

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

/** The pagination plugin. */
export function paginationPlugin(opts: PaginationOptions): Plugin {
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
      const known = new MeasuredBlocks();
      const run = () => {
        const ruler = opts.ruler();
        if (!ruler || !view.dom.isConnected) return;
        if (view.composing) { schedule(); return; }
        const { blocks, contentPx } = measureBlocks(view, ruler, opts.contentMm, known);
        const breaks = computeBreaks(blocks, contentPx);
        const sig = breaks.map((b) => `${b.pos}:${Math.round(b.fill)}`).join(',');
        opts.onPages?.(breaks.length + 1);
        if (sig === last) return;
        last = sig;
        const set = DecorationSet.create(view.state.doc, breaks.map((b) => Decoration.widget(b.pos, () => gapWidget(b, opts.bottomMm, opts.topMm),
          { side: -1, key: `gap-${b.page}-${Math.round(b.fill)}-${b.inline ? 'i' : 'b'}`, ignoreSelection: true, marks: [] })));
        view.dispatch(view.state.tr.setMeta(pagesKey, set).setMeta('addToHistory', false));
        refreshRendered();
      };
      function schedule() { clearTimeout(timer); timer = setTimeout(run, opts.delay ?? 400); }
      schedule();
      return { update: (_v, prev) => { if (prev.doc !== view.state.doc) schedule(); }, destroy: () => clearTimeout(timer) };
    },
  });
}
