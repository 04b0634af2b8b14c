/**
 * The stylesheet side of the page window (page-window.ts): the geometry of the last measure, and
 * the constructed stylesheet that hides the body's blocks outside the window (`:nth-child` ranges,
 * counting the page gaps between them) and draws the spacers standing for them.
 */
import type { EditorState } from 'prosemirror-state';
import { adoptSheet } from './page-css';

/** Below this many body blocks every block is displayed. */
export const WINDOW_MIN_BLOCKS = 150;

/** The window: body blocks [from, to) are displayed. */
export interface WindowState { from: number; to: number }

/** Real (gaps included) top and bottom of each body block, CSS px of the unzoomed page, from the last measure. */
export interface BodyGeometry { tops: number[]; bottoms: number[] }

/** The body node and its position. */
export function bodyOf(state: EditorState) {
  let pos = 0;
  for (let i = 0; i < state.doc.childCount; i++) {
    const node = state.doc.child(i);
    if (node.type.name === 'body') return { node, pos };
    pos += node.nodeSize;
  }
  throw new Error('document without a body');
}

/** Whether window `s` hides anything in `state`. */
export function windowed(state: EditorState, s: WindowState | undefined): s is WindowState {
  const n = bodyOf(state).node.childCount;
  return !!s && n >= WINDOW_MIN_BLOCKS && (s.from > 0 || s.to < n);
}

let windowSheet: CSSStyleSheet | null = null;
let written = '';

/** Writes the window's stylesheet (once per distinct content). */
function writeSheet(css: string): void {
  if (css === written) return;
  windowSheet ??= adoptSheet('first');
  if (!windowSheet) return;
  windowSheet.replaceSync(css);
  written = css;
}

/**
 * What the window works from: the geometry of the pagination's last measure, and the number of page
 * gaps (block widgets) before a position, for the `:nth-child` indices of the body's DOM.
 */
export class PageWindow {
  private geometry: BodyGeometry | null = null;
  /** Called after each new measure (the plugin's view fits the window to the screen). */
  onGeometry: (() => void) | null = null;
  constructor(private gapsBefore: (state: EditorState, pos: number) => number) {}
  /** Takes a new measure. */
  setGeometry(g: BodyGeometry): void {
    this.geometry = { tops: g.tops.map((t) => t - g.tops[0]), bottoms: g.bottoms.map((b) => b - g.tops[0]) };
    this.onGeometry?.();
  }
  /** The last geometry (after an edit that added or removed blocks it is off by those until the next measure). */
  current(): BodyGeometry | null {
    return this.geometry;
  }
  /** Writes the stylesheet of window `s` of `state`: the hidden ranges and the spacers. */
  sync(state: EditorState, s: WindowState | undefined): void {
    const g = this.geometry;
    if (!windowed(state, s) || !g) { writeSheet(''); return; }
    const { node, pos } = bodyOf(state);
    const n = Math.min(node.childCount, g.tops.length);
    const from = Math.min(s.from, n - 1);
    const to = Math.max(from + 1, Math.min(s.to, n));
    const posOf = (i: number) => { let p = pos + 1; for (let j = 0; j < i; j++) p += node.child(j).nodeSize; return p; };
    const sel = '.vt-page .ProseMirror > .vt-body';
    const rules: string[] = [];
    if (from > 0) {
      rules.push(`${sel} > :nth-child(-n+${from + this.gapsBefore(state, posOf(from) + 1)}){display:none}`);
      rules.push(`${sel}::before{content:"";display:block;height:${g.tops[from].toFixed(1)}px}`);
    }
    if (to < n) {
      rules.push(`${sel} > :nth-child(n+${to + this.gapsBefore(state, posOf(to)) + 1}){display:none}`);
      rules.push(`${sel}::after{content:"";display:block;height:${(g.bottoms[n - 1] - g.bottoms[to - 1]).toFixed(1)}px}`);
    }
    // On screen only: a printed document shows every block (the print stylesheet, editor.css).
    writeSheet(`@media screen {\n${rules.join('\n')}\n}`);
  }
  /** Displays every block again (the editor is gone). */
  clear(): void {
    writeSheet('');
  }
}

