/**
 * Rendering off-screen blocks for a measure. Body blocks have `content-visibility: auto`, and far
 * ones in a long document are not displayed (display-window.ts); to learn the real height of a new
 * or changed one, it is displayed for two frames (long enough for the browser to remember its size)
 * through a constructed stylesheet of `:nth-child` paths — a class on ProseMirror's own DOM would be
 * read back by the editor as an edit.
 */
import { ConstructedSheet } from './constructed-sheet';

/** Above this many blocks, every block is rendered (one rule, not one each). */
const MANY = 60;
/** Declarations that display a block whatever hides it. */
const SHOWN = '{ content-visibility: visible !important; display: revert !important; }';

/** `:nth-child` path from the editor's root to `element`. */
function pathOf(root: Element, element: Element): string {
  const steps: string[] = [];
  for (let step: Element | null = element; step && step !== root; step = step.parentElement) {
    steps.unshift(`:nth-child(${Array.prototype.indexOf.call(step.parentElement?.children ?? [], step) + 1})`);
  }
  return `.vt-page .ProseMirror > ${steps.join(' > ')}`;
}

/** The stylesheet displaying `blocks` (descendants of `root`). */
function displayCss(root: Element, blocks: Element[]): string {
  if (blocks.length > MANY) return `.vt-page .ProseMirror .vt-body > :not(.vt-pagegap), .vt-page .ProseMirror .vt-appendix > * ${SHOWN}`;
  return `${blocks.filter((block) => block.isConnected).map((block) => pathOf(root, block)).join(',\n')} ${SHOWN}`;
}

/** A request to display blocks: the editor's root and the blocks. */
interface DisplayRequest {
  root: Element;
  blocks: Element[];
}

/** The stylesheet of the blocks displayed for a measure, and the request it shows until its two frames pass. */
class MeasureDisplay {
  private readonly sheet = new ConstructedSheet('last');
  private current: DisplayRequest | null = null;

  /** Displays `blocks` until two frames have passed (a newer request takes over). */
  show(request: DisplayRequest): void {
    if (!request.blocks.length || !this.sheet.ensureAdopted()) return;
    this.current = request;
    this.sheet.write(displayCss(request.root, request.blocks));
    requestAnimationFrame(() => requestAnimationFrame(() => this.expire(request)));
  }

  /** Writes the paths of the current request again (the blocks' indices moved). */
  refresh(): void {
    if (this.current) this.sheet.write(displayCss(this.current.root, this.current.blocks));
  }

  /** Hides the blocks of `request` again, unless a newer request replaced it. */
  private expire(request: DisplayRequest): void {
    if (this.current !== request) return;
    this.current = null;
    this.sheet.write('');
  }
}

const measureDisplay = new MeasureDisplay();

/** Renders `blocks` (descendants of `root`) until two frames have passed. */
export function renderForMeasure(root: Element, blocks: Element[]): void {
  measureDisplay.show({ root, blocks });
}

/** Writes the paths again after the page gaps moved the blocks (call after dispatching them). */
export function refreshRendered(): void {
  measureDisplay.refresh();
}
