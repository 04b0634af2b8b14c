/**
 * Page breaks in the page view: after the user stops typing, the blocks are measured
 * (block-measure.ts) and a gap (page-gap.ts) is put where each printed page ends (page-breaks.ts):
 * before a block that moves to the next page, or between two lines of a paragraph that Word would
 * split. Measuring runs off the typing path (debounced, never during an IME composition), so it
 * adds nothing to keystroke latency. A long document also gets the display window of
 * display-window.ts, which works from the same measure. The gaps are decorations set by a
 * transaction that is kept out of the undo history.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type PluginView } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { findPart } from '../../../common/model';
import { BlockFiguresCache } from './block-figures';
import { measurePage, type PageMeasure } from './block-measure';
import { pageWindowPlugin, windowKey } from './display-window';
import { PageWindow, type BodyGeometry } from './display-window-sheet';
import { computeBreaks, type PageBreak } from './page-breaks';
import { gapHeight, gapWidget, type PageMargins } from './page-gap';
import { refreshRendered } from './render-for-measure';

/** Key of the pagination plugin; its state holds the gap decorations. */
export const pagesKey = new PluginKey<DecorationSet>('vanthu-pages');

/** Pause after the last change before measuring, ms. */
const DEFAULT_DELAY_MS = 400;
/** Pause before measuring again when a block could not be measured (it is being displayed), ms. */
const RETRY_DELAY_MS = 50;

/** Options of the pagination: the page's text height and margins (mm, from the profile). */
export interface PaginationOptions extends PageMargins {
  contentMm: number;
  /** An invisible element as tall as the page's text area, inside the zoomed page. */
  ruler(): HTMLElement | null;
  /** Receives the page count after each measure. */
  onPages?(pageCount: number): void;
  /** Pause after the last change before measuring, ms (default 400). */
  delay?: number;
}

/**
 * Where the body's blocks are once the gaps are drawn (for the display window): each block's
 * natural top and bottom moved down by the gaps above it (block gaps before it, inline gaps inside
 * the blocks above, and for its bottom the inline gaps inside it). Null when a body block could not
 * be measured or the measure does not match the document's body.
 */
function bodyGeometry(doc: Node, measure: PageMeasure, breaks: PageBreak[], margins: PageMargins): BodyGeometry | null {
  const indexes = measure.bodyBlockIndexes;
  if (indexes.some((index) => index < 0)) return null;
  const tops: number[] = [];
  const bottoms: number[] = [];
  let nextBreak = 0;
  let gapsAbovePx = 0;
  for (let i = 0; i < indexes.length; i++) {
    const block = measure.blocks[indexes[i]];
    const nextBlockPos = i + 1 < indexes.length ? measure.blocks[indexes[i + 1]].pos : Infinity;
    while (nextBreak < breaks.length && breaks[nextBreak].pos <= block.pos) gapsAbovePx += gapHeight(breaks[nextBreak++], margins);
    tops.push(block.top + gapsAbovePx);
    while (nextBreak < breaks.length && breaks[nextBreak].pos < nextBlockPos && breaks[nextBreak].inline) gapsAbovePx += gapHeight(breaks[nextBreak++], margins);
    bottoms.push(block.bottom + gapsAbovePx);
  }
  return tops.length === findPart(doc, 'body').childCount ? { tops, bottoms } : null;
}

/** What identifies a set of breaks as drawn: positions and rounded fills. */
function breaksSignature(breaks: PageBreak[]): string {
  return breaks.map((pageBreak) => `${pageBreak.pos}:${Math.round(pageBreak.fill)}`).join(',');
}

/** The gap decorations of `breaks`. */
function gapDecorations(doc: Node, breaks: PageBreak[], margins: PageMargins): DecorationSet {
  return DecorationSet.create(doc, breaks.map((pageBreak) => Decoration.widget(pageBreak.pos, () => gapWidget(pageBreak, margins), {
    side: -1,
    key: `gap-${pageBreak.page}-${Math.round(pageBreak.fill)}-${pageBreak.inline ? 'i' : 'b'}`,
    ignoreSelection: true,
    marks: [],
    // Read by the display window: block gaps are children of the body's element.
    block: !pageBreak.inline,
  })));
}

/** Number of page gaps drawn as blocks before `pos` (for the display window's `:nth-child` indices). */
function blockGapsBefore(state: EditorState, pos: number): number {
  return (pagesKey.getState(state)?.find(0, pos - 1, (spec) => spec.block) ?? []).length;
}

/** The pagination plugin's view: measures after each pause in the changes and draws the gaps. */
class PaginationView implements PluginView {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The signature of the breaks drawn last. */
  private drawnSignature = '';
  private readonly cache = new BlockFiguresCache();

  constructor(private readonly view: EditorView, private readonly options: PaginationOptions, private readonly pageWindow: PageWindow) {
    this.schedule();
  }

  /** A changed document is measured again after the pause. */
  update(view: EditorView, previous: EditorState): void {
    if (previous.doc !== view.state.doc) this.schedule();
  }

  /** Cancels the pending measure. */
  destroy(): void {
    clearTimeout(this.timer);
  }

  private schedule(delayMs = this.options.delay ?? DEFAULT_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.measureAndDraw(), delayMs);
  }

  /** Measures the page view, draws the gaps if the breaks moved, and hands the geometry to the display window. */
  private measureAndDraw(): void {
    const { view, options } = this;
    const ruler = options.ruler();
    if (!ruler || !view.dom.isConnected) return;
    if (view.composing) {
      this.schedule();
      return;
    }
    const measure = measurePage(view, ruler, options.contentMm, this.cache);
    const breaks = computeBreaks(measure.blocks, measure.contentPx);
    options.onPages?.(breaks.length + 1);
    // A block not measured yet (hidden and changed) is displayed now: measure again shortly.
    if (measure.status.incomplete) this.schedule(RETRY_DELAY_MS);
    const geometry = bodyGeometry(view.state.doc, measure, breaks, options);
    const signature = breaksSignature(breaks);
    if (signature !== this.drawnSignature) {
      this.drawnSignature = signature;
      const decorations = gapDecorations(view.state.doc, breaks, options);
      view.dispatch(view.state.tr.setMeta(pagesKey, decorations).setMeta('addToHistory', false));
      refreshRendered();
    }
    if (geometry) {
      this.pageWindow.setGeometry(geometry);
      this.pageWindow.sync(view.state, windowKey.getState(view.state));
    }
  }
}

/** The page view's plugins: pagination and, for a long document, the display window. */
export function paginationPlugins(options: PaginationOptions): Plugin[] {
  const pageWindow = new PageWindow(blockGapsBefore);
  const pages = new Plugin<DecorationSet>({
    key: pagesKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, gaps) => (tr.getMeta(pagesKey) as DecorationSet | undefined) ?? gaps.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => pagesKey.getState(state) },
    view: (view) => new PaginationView(view, options, pageWindow),
  });
  return [pages, pageWindowPlugin(pageWindow)];
}
