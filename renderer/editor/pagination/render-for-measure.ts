/**
 * Rendering off-screen blocks for a measure. Body blocks have `content-visibility: auto`, and far
 * ones in a long document are not displayed (page-window.ts); to learn the real height of a new or
 * changed one, it is displayed for two frames (long enough for the
 * browser to remember its size) through a constructed stylesheet of `:nth-child` paths — a class
 * on ProseMirror's own DOM would be read back by the editor as an edit.
 */

import { adoptSheet } from './page-css';

/** Above this many blocks, every block is rendered (one rule, not one each). */
const MANY = 60;
let sheet: CSSStyleSheet | null = null;
let rewrite: (() => void) | null = null;

/** `:nth-child` path from the editor's root to `el`. */
function pathOf(root: Element, el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    steps.unshift(`:nth-child(${Array.prototype.indexOf.call(e.parentElement?.children ?? [], e) + 1})`);
  }
  return `.vt-page .ProseMirror > ${steps.join(' > ')}`;
}

/** Renders `blocks` (descendants of `root`) until two frames have passed. */
export function renderForMeasure(root: Element, blocks: Element[]): void {
  if (!blocks.length) return;
  sheet ??= adoptSheet();
  const s = sheet;
  if (!s) return;
  const shown = '{ content-visibility: visible !important; display: revert !important; }';
  const write = () => s.replaceSync(blocks.length > MANY ? `.vt-page .ProseMirror .vt-body > :not(.vt-pagegap), .vt-page .ProseMirror .vt-appendix > * ${shown}`
    : `${blocks.filter((d) => d.isConnected).map((d) => pathOf(root, d)).join(',\n')} ${shown}`);
  write();
  rewrite = write;
  requestAnimationFrame(() => requestAnimationFrame(() => { if (rewrite === write) { rewrite = null; s.replaceSync(''); } }));
}

/** Writes the paths again after the page gaps moved the blocks (call after dispatching them). */
export function refreshRendered(): void {
  rewrite?.();
}
