/**
 * The page view of a long document shows only the blocks near what is on screen: the body's other
 * blocks are not displayed at all, and spacers as tall as them keep the scroll height and position
 * (page-window-sheet.ts; decorations on hundreds of nodes would cost ProseMirror more per keystroke
 * than they save). A keystroke then costs the browser what it costs in a short document. The window
 * follows the scrolling and always holds the block with the cursor (moved in the same transaction
 * as the cursor, so the selection never lands in a hidden block). Heights come from the
 * pagination's last measure.
 */
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { bodyOf, windowed, WINDOW_MIN_BLOCKS, type BodyGeometry, type PageWindow, type WindowState } from './display-window-sheet';

export { PageWindow, type BodyGeometry } from './display-window-sheet';

/** Blocks displayed on each side of the cursor's block when the window moves to it. */
const AROUND_CURSOR = 40;
/** Room kept displayed above and below the screen, CSS px of the page. */
const MARGIN_PX = 2000;


/** Key of the window plugin; its state is the window: body blocks [from, to) are displayed. */
export const windowKey = new PluginKey<WindowState>('vanthu-page-window');
const ALL: WindowState = { from: 0, to: Infinity };


/** Index of the body block holding the cursor, or -1. */
function cursorBlock(state: EditorState): number {
  const { node, pos } = bodyOf(state);
  const head = state.selection.head;
  if (head <= pos || head >= pos + node.nodeSize) return -1;
  return state.doc.resolve(head).index(1);
}

/** A transaction moving the window to [from, to). */
function move(state: EditorState, from: number, to: number): Transaction {
  return state.tr.setMeta(windowKey, { from, to }).setMeta('addToHistory', false);
}


/** The plugin, working from the geometry in `win`. */
export function pageWindowPlugin(win: PageWindow): Plugin<WindowState> {
  return new Plugin<WindowState>({
    key: windowKey,
    state: {
      init: () => ALL,
      apply: (tr, s) => (tr.getMeta(windowKey) as WindowState | undefined) ?? s,
    },
    // Called by the view before it draws a new state (and before it places the selection): the
    // window's stylesheet is brought up to date there, so the cursor's block is always displayed.
    props: {
      decorations: (state) => { win.sync(state, windowKey.getState(state)); return null; },
      // The browser moves the caret over displayed text only: Ctrl+Home / Ctrl+End go to the
      // body's first / last text here (with Shift, extending the selection), as in a short document.
      handleKeyDown: (view, e) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey || (e.key !== 'Home' && e.key !== 'End')) return false;
        if (!windowed(view.state, windowKey.getState(view.state))) return false;
        const { node, pos } = bodyOf(view.state);
        const edge = e.key === 'Home' ? Selection.findFrom(view.state.doc.resolve(pos + 1), 1, true) : Selection.findFrom(view.state.doc.resolve(pos + node.nodeSize - 1), -1, true);
        if (!edge) return false;
        const sel = e.shiftKey ? TextSelection.create(view.state.doc, view.state.selection.anchor, edge.head) : edge;
        view.dispatch(view.state.tr.setSelection(sel).scrollIntoView());
        return true;
      },
    },
    appendTransaction(trs, _old, state) {
      const s = windowKey.getState(state)!;
      const n = bodyOf(state).node.childCount;
      if (n < WINDOW_MIN_BLOCKS) return s === ALL ? null : move(state, 0, Infinity);
      // Only a move of the cursor or an edit brings the window to the cursor (scrolling away does not).
      if (!trs.some((tr) => tr.selectionSet || tr.docChanged)) return null;
      const at = cursorBlock(state);
      if (at < 0 || (at >= s.from && at < s.to)) return null;
      return move(state, Math.max(0, at - AROUND_CURSOR), Math.min(n, at + AROUND_CURSOR));
    },
    view(view) {
      let frame = 0;
      const scroller = () => view.dom.closest('.vt-scroll');
      const follow = () => {
        frame = 0;
        const g = win.current();
        const s = windowKey.getState(view.state)!;
        const n = bodyOf(view.state).node.childCount;
        const el = scroller();
        if (!g || !el || n < WINDOW_MIN_BLOCKS) return;
        const want = visibleRange(view, el, g);
        const at = cursorBlock(view.state);
        let from = want.from;
        let to = want.to;
        if (at >= 0 && Math.abs(at - (from + to) / 2) < 3 * AROUND_CURSOR) { from = Math.min(from, at); to = Math.max(to, at + 1); }
        if (from >= s.from && to <= s.to && from - s.from < 2 * AROUND_CURSOR && s.to - to < 2 * AROUND_CURSOR) return;
        view.dispatch(move(view.state, from, to));
      };
      const onScroll = () => { if (!frame) frame = requestAnimationFrame(follow); };
      let bound: Element | null = null;
      const bind = () => {
        const el = scroller();
        if (el === bound) return;
        bound?.removeEventListener('scroll', onScroll);
        el?.addEventListener('scroll', onScroll, { passive: true });
        bound = el;
      };
      bind();
      win.onGeometry = onScroll;
      return {
        update: () => bind(),
        destroy: () => { win.onGeometry = null; cancelAnimationFrame(frame); bound?.removeEventListener('scroll', onScroll); win.clear(); },
      };
    },
  });
}

/** The body blocks within MARGIN_PX of the screen. */
function visibleRange(view: EditorView, scroller: Element, g: BodyGeometry): { from: number; to: number } {
  const bodyEl = view.nodeDOM(bodyOf(view.state).pos) as HTMLElement | null;
  const page = view.dom.closest<HTMLElement>('.vt-page');
  const k = Number(page?.dataset.zoom) || 1;
  const box = scroller.getBoundingClientRect();
  const top = bodyEl ? bodyEl.getBoundingClientRect().top : box.top;
  const y0 = (box.top - top) / k - MARGIN_PX;
  const y1 = (box.bottom - top) / k + MARGIN_PX;
  const first = lowerBound(g.bottoms, y0);
  const last = lowerBound(g.tops, y1);
  return { from: Math.max(0, first), to: Math.min(g.tops.length, Math.max(first + 1, last)) };
}

/** First index whose value is ≥ v in an ascending list. */
function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (xs[m] < v) lo = m + 1; else hi = m; }
  return lo;
}
