/**
 * The page view of a long document displays only the body blocks near what is on screen: the other
 * blocks are not displayed at all, and spacers as tall as them keep the scroll height and position
 * (display-window-sheet.ts; decorations on hundreds of nodes would cost ProseMirror more per
 * keystroke than they save). A keystroke then costs the browser what it costs in a short document.
 * The window follows the scrolling and always holds the block with the cursor (moved in the same
 * transaction as the cursor, so the selection never lands in a hidden block). Heights come from the
 * pagination's last measure.
 */
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type PluginView, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { bodyOf, windowed, WINDOW_MIN_BLOCKS, type BodyGeometry, type PageWindow, type DisplayWindowState } from './display-window-sheet';

/** Blocks displayed on each side of the cursor's block when the window moves to it. */
const AROUND_CURSOR = 40;
/** Room kept displayed above and below the screen, CSS px of the page. */
const MARGIN_PX = 2000;

/** Key of the window plugin; its state is the window: body blocks [from, to) are displayed. */
export const windowKey = new PluginKey<DisplayWindowState>('vanthu-page-window');
/** The window of a short document: everything. */
const ALL: DisplayWindowState = { from: 0, to: Infinity };

/** Index of the body block holding the cursor, or -1. */
function cursorBlock(state: EditorState): number {
  const { node, pos } = bodyOf(state);
  const head = state.selection.head;
  if (head <= pos || head >= pos + node.nodeSize) return -1;
  return state.doc.resolve(head).index(1);
}

/** A transaction moving the window to [from, to) (not an edit: never in the undo history). */
function moveWindow(state: EditorState, from: number, to: number): Transaction {
  return state.tr.setMeta(windowKey, { from, to }).setMeta('addToHistory', false);
}

/** First index whose value is ≥ `value` in an ascending list. */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The body blocks within MARGIN_PX of the screen. */
function visibleRange(view: EditorView, scroller: Element, geometry: BodyGeometry): DisplayWindowState {
  const bodyElement = view.nodeDOM(bodyOf(view.state).pos) as HTMLElement | null;
  const page = view.dom.closest<HTMLElement>('.vt-page');
  const zoom = Number(page?.dataset.zoom) || 1;
  const screen = scroller.getBoundingClientRect();
  const bodyTop = bodyElement ? bodyElement.getBoundingClientRect().top : screen.top;
  const rangeTop = (screen.top - bodyTop) / zoom - MARGIN_PX;
  const rangeBottom = (screen.bottom - bodyTop) / zoom + MARGIN_PX;
  const first = lowerBound(geometry.bottoms, rangeTop);
  const afterLast = lowerBound(geometry.tops, rangeBottom);
  return { from: Math.max(0, first), to: Math.min(geometry.tops.length, Math.max(first + 1, afterLast)) };
}

/** Ctrl+Home / Ctrl+End (with Shift, extending): the browser moves the caret over displayed text only. */
function jumpToBodyEdge(view: EditorView, event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key !== 'Home' && event.key !== 'End')) return false;
  if (!windowed(view.state, windowKey.getState(view.state))) return false;
  const { node, pos } = bodyOf(view.state);
  const edge = event.key === 'Home'
    ? Selection.findFrom(view.state.doc.resolve(pos + 1), 1, true)
    : Selection.findFrom(view.state.doc.resolve(pos + node.nodeSize - 1), -1, true);
  if (!edge) return false;
  const selection = event.shiftKey ? TextSelection.create(view.state.doc, view.state.selection.anchor, edge.head) : edge;
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/** The window after `transactions`: moved to the cursor's block when an edit or a cursor move left it outside. */
function windowAfter(transactions: readonly Transaction[], state: EditorState): Transaction | null {
  const shown = windowKey.getState(state)!;
  const blockCount = bodyOf(state).node.childCount;
  if (blockCount < WINDOW_MIN_BLOCKS) return shown === ALL ? null : moveWindow(state, 0, Infinity);
  // Only a move of the cursor or an edit brings the window to the cursor (scrolling away does not).
  if (!transactions.some((tr) => tr.selectionSet || tr.docChanged)) return null;
  const cursor = cursorBlock(state);
  if (cursor < 0 || (cursor >= shown.from && cursor < shown.to)) return null;
  return moveWindow(state, Math.max(0, cursor - AROUND_CURSOR), Math.min(blockCount, cursor + AROUND_CURSOR));
}

/** The plugin's view: follows the scrolling of the page view's scroller, once per frame. */
class ScrollFollower implements PluginView {
  /** The animation frame requested for the next fit, 0 when none is pending. */
  private frame = 0;
  /** The scroller whose scroll events are listened to. */
  private scroller: Element | null = null;

  constructor(private readonly view: EditorView, private readonly pageWindow: PageWindow) {
    this.listen();
    pageWindow.onGeometry = this.onScroll;
  }

  /** Listens to the scroller again if the view moved into another one. */
  update(): void {
    this.listen();
  }

  /** Stops following and displays every block again. */
  destroy(): void {
    this.pageWindow.onGeometry = null;
    cancelAnimationFrame(this.frame);
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.pageWindow.clear();
  }

  /** Fits the window at the next frame (scroll events and new measures). */
  private readonly onScroll = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.fitToScreen());
  };

  private listen(): void {
    const scroller = this.view.dom.closest('.vt-scroll');
    if (scroller === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    scroller?.addEventListener('scroll', this.onScroll, { passive: true });
    this.scroller = scroller;
  }

  /** Moves the window to what is on screen (and the cursor's block when it is near), unless it already holds that. */
  private fitToScreen(): void {
    this.frame = 0;
    const { view } = this;
    const geometry = this.pageWindow.current();
    const shown = windowKey.getState(view.state)!;
    const blockCount = bodyOf(view.state).node.childCount;
    const scroller = view.dom.closest('.vt-scroll');
    if (!geometry || !scroller || blockCount < WINDOW_MIN_BLOCKS) return;
    const wanted = visibleRange(view, scroller, geometry);
    const cursor = cursorBlock(view.state);
    if (cursor >= 0 && Math.abs(cursor - (wanted.from + wanted.to) / 2) < 3 * AROUND_CURSOR) {
      wanted.from = Math.min(wanted.from, cursor);
      wanted.to = Math.max(wanted.to, cursor + 1);
    }
    const holdsWanted = wanted.from >= shown.from && wanted.to <= shown.to;
    const notTooWide = wanted.from - shown.from < 2 * AROUND_CURSOR && shown.to - wanted.to < 2 * AROUND_CURSOR;
    if (holdsWanted && notTooWide) return;
    view.dispatch(moveWindow(view.state, wanted.from, wanted.to));
  }
}

/** The plugin, working from the geometry in `pageWindow`. */
export function pageWindowPlugin(pageWindow: PageWindow): Plugin<DisplayWindowState> {
  return new Plugin<DisplayWindowState>({
    key: windowKey,
    state: {
      init: () => ALL,
      apply: (tr, shown) => (tr.getMeta(windowKey) as DisplayWindowState | undefined) ?? shown,
    },
    // Called by the view before it draws a new state (and before it places the selection): the
    // window's stylesheet is brought up to date there, so the cursor's block is always displayed.
    props: {
      decorations: (state) => {
        pageWindow.sync(state, windowKey.getState(state));
        return null;
      },
      // Ctrl+Home / Ctrl+End go to the body's first / last text here, as in a short document.
      handleKeyDown: jumpToBodyEdge,
    },
    appendTransaction: (transactions, _oldState, state) => windowAfter(transactions, state),
    view: (view) => new ScrollFollower(view, pageWindow),
  });
}
