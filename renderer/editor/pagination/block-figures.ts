/**
 * What the pagination remembers of each measured block between measures: its height and margins
 * (and, once needed, its lines), per node and per the element it was measured in. A block that is
 * not displayed (far from the screen in the display window, or skipped by `content-visibility`)
 * keeps the figures it had; a node that is new, changed or redrawn has none until it is displayed.
 */
import type { ParagraphLine } from './paragraph-lines';

/** The figures of a measured block, CSS px of the unzoomed page. */
export interface BlockFigures {
  heightPx: number;
  marginTopPx: number;
  marginBottomPx: number;
  /** The block's lines, read the first time a break may fall inside it (splittable blocks only). */
  lines?: ParagraphLine[];
}

/**
 * The blocks measured so far, under one scale (zoom and profile): per node, the element it was
 * measured in and its figures; plus the body's natural start and the elements a measure asked to display.
 */
export class BlockFiguresCache {
  private figuresByNode = new WeakMap<object, { element: Element; figures: BlockFigures }>();
  private scaleKey = '';
  private readonly displayRequests = new Set<Element>();
  /** Natural top of the body's first block (the header and title above it hold margins that collapse through their parts). */
  bodyStartPx: number | null = null;

  /** Forgets everything when the scale changes (zoom, profile). */
  rescale(scaleKey: string): void {
    if (scaleKey === this.scaleKey) return;
    this.figuresByNode = new WeakMap();
    this.scaleKey = scaleKey;
    this.bodyStartPx = null;
  }

  /** The figures of `node` measured in `element`, if any. */
  figuresOf(node: object, element: Element): BlockFigures | undefined {
    const entry = this.figuresByNode.get(node);
    return entry?.element === element ? entry.figures : undefined;
  }

  /** Records the figures of `node` measured in `element`. */
  record(node: object, element: Element, figures: BlockFigures): void {
    this.figuresByNode.set(node, { element, figures });
  }

  /** Asks for `element` to be displayed at the next measure (its lines are needed). */
  requestDisplay(element: Element): void {
    this.displayRequests.add(element);
  }

  /** The elements asked for since the last call. */
  takeDisplayRequests(): Element[] {
    const requested = [...this.displayRequests];
    this.displayRequests.clear();
    return requested;
  }
}
