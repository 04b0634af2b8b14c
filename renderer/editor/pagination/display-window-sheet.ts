/**
 * The stylesheet side of the display window (display-window.ts): the geometry of the last measure,
 * and the constructed stylesheet that hides the body's blocks outside the window (`:nth-child`
 * ranges, counting the page gaps between them) and draws the spacers standing for them.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { ConstructedSheet } from './constructed-sheet';

/** Below this many body blocks every block is displayed. */
export const WINDOW_MIN_BLOCKS = 150;

/** The window: body blocks [from, to) are displayed. */
export interface DisplayWindowState {
  from: number;
  to: number;
}

/** Real (gaps included) top and bottom of each body block, CSS px of the unzoomed page, from the last measure. */
export interface BodyGeometry {
  tops: number[];
  bottoms: number[];
}

/** The body node and its document position. */
export function bodyOf(state: EditorState): { node: Node; pos: number } {
  let pos = 0;
  for (let index = 0; index < state.doc.childCount; index++) {
    const node = state.doc.child(index);
    if (node.type.name === 'body') return { node, pos };
    pos += node.nodeSize;
  }
  throw new Error('document without a body');
}

/** Whether the window `range` hides anything in `state`. */
export function windowed(state: EditorState, range: DisplayWindowState | undefined): range is DisplayWindowState {
  const blockCount = bodyOf(state).node.childCount;
  return !!range && blockCount >= WINDOW_MIN_BLOCKS && (range.from > 0 || range.to < blockCount);
}

/** Document position of body block `index` (the body node at `bodyPos`). */
function blockPos(body: Node, bodyPos: number, index: number): number {
  let pos = bodyPos + 1;
  for (let i = 0; i < index; i++) pos += body.child(i).nodeSize;
  return pos;
}

/** The one stylesheet of the display window (one page view at a time; a new editor takes it over). */
const windowSheet = new ConstructedSheet('first');

/** Selector of the body's element in the page view. */
const BODY_SELECTOR = '.vt-page .ProseMirror > .vt-body';

/** Counts the page gaps drawn as blocks before a document position (they are children of the body's element too). */
export type BlockGapCounter = (state: EditorState, pos: number) => number;

/**
 * What the window works from: the geometry of the pagination's last measure, and the number of page
 * gaps (block widgets) before a position, for the `:nth-child` indices of the body's DOM.
 */
export class PageWindow {
  private geometry: BodyGeometry | null = null;
  /** Called after each new measure (the plugin's view fits the window to the screen). */
  onGeometry: (() => void) | null = null;

  constructor(private readonly blockGapsBefore: BlockGapCounter) {}

  /** Takes a new measure. */
  setGeometry(geometry: BodyGeometry): void {
    const origin = geometry.tops[0];
    this.geometry = { tops: geometry.tops.map((top) => top - origin), bottoms: geometry.bottoms.map((bottom) => bottom - origin) };
    this.onGeometry?.();
  }

  /** The last geometry (after an edit that added or removed blocks it is off by those until the next measure). */
  current(): BodyGeometry | null {
    return this.geometry;
  }

  /** Writes the stylesheet of the window `range` of `state`: the hidden ranges and the spacers. */
  sync(state: EditorState, range: DisplayWindowState | undefined): void {
    const geometry = this.geometry;
    if (!windowed(state, range) || !geometry) {
      windowSheet.write('');
      return;
    }
    const { node: body, pos: bodyPos } = bodyOf(state);
    const blockCount = Math.min(body.childCount, geometry.tops.length);
    const from = Math.min(range.from, blockCount - 1);
    const to = Math.max(from + 1, Math.min(range.to, blockCount));
    const rules: string[] = [];
    if (from > 0) {
      const hiddenAbove = from + this.blockGapsBefore(state, blockPos(body, bodyPos, from) + 1);
      rules.push(`${BODY_SELECTOR} > :nth-child(-n+${hiddenAbove}){display:none}`);
      rules.push(`${BODY_SELECTOR}::before{content:"";display:block;height:${geometry.tops[from].toFixed(1)}px}`);
    }
    if (to < blockCount) {
      const firstHiddenBelow = to + this.blockGapsBefore(state, blockPos(body, bodyPos, to)) + 1;
      rules.push(`${BODY_SELECTOR} > :nth-child(n+${firstHiddenBelow}){display:none}`);
      rules.push(`${BODY_SELECTOR}::after{content:"";display:block;height:${(geometry.bottoms[blockCount - 1] - geometry.bottoms[to - 1]).toFixed(1)}px}`);
    }
    // On screen only: a printed document shows every block (the print stylesheet, editor.css).
    windowSheet.write(`@media screen {\n${rules.join('\n')}\n}`);
  }

  /** Displays every block again (the editor is gone). */
  clear(): void {
    windowSheet.write('');
  }
}
