/**
 * Measuring the page view for pagination. Each block's height and margins are read from the DOM
 * when it is displayed and kept per node (block-figures.ts); a block that is not displayed keeps
 * the figures it had when last measured, and a block that is new or changed since is displayed for
 * the measure (render-for-measure.ts). The natural (gap-free, unzoomed) positions are then the sum
 * of heights and collapsed margins, as block layout stacks them. A paragraph's lines are read only
 * when a break may fall inside it.
 */
import type { EditorView } from 'prosemirror-view';
import type { BlockFigures, BlockFiguresCache } from './block-figures';
import { flowBlocks, type FlowBlock } from './flow-blocks';
import type { LineStart, MeasuredBlock } from './page-breaks';
import { PX_PER_MM } from './page-css';
import { GAP_CLASS } from './page-gap';
import { paragraphLines, type ParagraphLine } from './paragraph-lines';
import { renderForMeasure } from './render-for-measure';

/** What one measure found missing; filled while the measure runs and while its breaks are computed. */
export class MeasureStatus {
  /** Some block could not be measured (not displayed and new or changed): measure again shortly. */
  incomplete = false;
}

/** The result of a measure. */
export interface PageMeasure {
  /** The blocks in natural positions, in document order. */
  blocks: MeasuredBlock[];
  /** The page's text height, CSS px. */
  contentPx: number;
  /** For each child of the body, the index of its block in `blocks` (-1 when it could not be measured). */
  bodyBlockIndexes: number[];
  /** Whether something could not be measured (read it after computing the breaks). */
  status: MeasureStatus;
}

/** What a splittable paragraph needs to find its lines: the view, the zoom, the cache, the measure's status. */
interface LineContext {
  view: EditorView;
  zoom: number;
  cache: BlockFiguresCache;
  status: MeasureStatus;
}

/** A measured paragraph that may split across pages; its lines are read from the DOM on first need. */
class SplittableParagraph implements MeasuredBlock {
  readonly breakBefore = false;
  readonly keepWithNext: boolean;

  constructor(
    readonly pos: number,
    readonly top: number,
    readonly bottom: number,
    keepWithNext: boolean,
    private readonly element: Element,
    private readonly figures: BlockFigures,
    private readonly context: LineContext,
  ) {
    this.keepWithNext = keepWithNext;
  }

  /** The first line whose bottom is below `limitPx` (null when it is the first line, or the lines are unknown). */
  firstLineBelow(limitPx: number): LineStart | null {
    const lines = this.lines();
    if (!lines) return null;
    const index = lines.findIndex((line) => this.top + line.bottom > limitPx + 0.5);
    return index <= 0 ? null : { pos: this.pos + lines[index].offset, top: this.top + lines[index].top };
  }

  /** The paragraph's lines, read once per node while displayed (kept in its figures); null when not displayed. */
  private lines(): ParagraphLine[] | null {
    if (this.figures.lines) return this.figures.lines;
    if (!this.element.getClientRects().length) {
      this.context.cache.requestDisplay(this.element);
      this.context.status.incomplete = true;
      return null;
    }
    this.figures.lines = paragraphLines(this.context.view, this.pos, this.element, this.context.zoom);
    return this.figures.lines;
  }
}

/** The element a flow block is measured in (a part's head inside its part), or null. */
function elementOf(view: EditorView, block: FlowBlock): HTMLElement | null {
  const nodeElement = view.nodeDOM(block.pos) as HTMLElement | null;
  const element = block.partHead ? nodeElement?.querySelector<HTMLElement>(':scope > .vt-appendix-head') ?? nodeElement : nodeElement;
  return element?.nodeType === 1 ? element : null;
}

/** Reads the figures of a displayed block (its lines, if known, kept). */
function readFigures(element: HTMLElement, zoom: number, lines: BlockFigures['lines']): BlockFigures {
  const gapsInside = [...element.querySelectorAll<HTMLElement>(`.${GAP_CLASS}`)].reduce((sum, gap) => sum + gap.getBoundingClientRect().height, 0);
  const style = getComputedStyle(element);
  return {
    heightPx: (element.getBoundingClientRect().height - gapsInside) / zoom,
    marginTopPx: parseFloat(style.marginTop) || 0,
    marginBottomPx: parseFloat(style.marginBottom) || 0,
    lines,
  };
}

/**
 * The natural top of the body's first block, read from the DOM: its distance from the top of the
 * document less any page gap above the body. Not readable while the display window's top spacer
 * stands for hidden blocks (a measure can display them all, spacer included): null then.
 */
function naturalBodyStart(view: EditorView, firstBlock: HTMLElement, zoom: number): number | null {
  const body = firstBlock.parentElement;
  if (!body) return null;
  const spacer = getComputedStyle(body, '::before').content;
  if (spacer && spacer !== 'none' && spacer !== 'normal') return null;
  const bodyTop = body.getBoundingClientRect().top;
  const gapsAbove = [...view.dom.querySelectorAll<HTMLElement>(`:scope > .${GAP_CLASS}`)]
    .map((gap) => gap.getBoundingClientRect()).filter((gap) => gap.bottom <= bodyTop + 1).reduce((sum, gap) => sum + gap.height, 0);
  return (firstBlock.getBoundingClientRect().top - view.dom.getBoundingClientRect().top - gapsAbove) / zoom;
}

/**
 * Measures the view (see the module comment). `ruler` is an element as tall as the page's text
 * area (`contentMm`) inside the zoomed page: its height gives the zoom.
 */
export function measurePage(view: EditorView, ruler: HTMLElement, contentMm: number, cache: BlockFiguresCache): PageMeasure {
  const zoom = ruler.getBoundingClientRect().height / (contentMm * PX_PER_MM) || 1;
  cache.rescale(`${zoom.toFixed(4)}|${ruler.parentElement?.getAttribute('data-profile') ?? ''}`);
  const status = new MeasureStatus();
  const context: LineContext = { view, zoom, cache, status };
  const items = flowBlocks(view.state.doc).map((block) => ({ block, node: view.state.doc.nodeAt(block.pos), element: elementOf(view, block) }));
  const unmeasured = items.filter((item) => item.node && item.element && !cache.figuresOf(item.node, item.element)).map((item) => item.element!);
  renderForMeasure(view.dom, [...unmeasured, ...cache.takeDisplayRequests().filter((element) => element.isConnected)]);

  const blocks: MeasuredBlock[] = [];
  const bodyBlockIndexes: number[] = [];
  let previousBottom = 0;
  let previousMarginBottom = 0;
  for (const { block, node, element } of items) {
    if (!node || !element) continue;
    const displayed = element.getClientRects().length > 0;
    let figures = cache.figuresOf(node, element);
    if (displayed) {
      figures = readFigures(element, zoom, figures?.lines);
      cache.record(node, element, figures);
    }
    if (!figures) {
      status.incomplete = true;
      if (block.inBody) bodyBlockIndexes.push(-1);
      continue;
    }
    const firstOfBody = block.inBody && !bodyBlockIndexes.length;
    if (firstOfBody && displayed) cache.bodyStartPx = naturalBodyStart(view, element, zoom) ?? cache.bodyStartPx;
    // Adjacent vertical margins collapse: the larger of the two separates the blocks.
    const top = firstOfBody && cache.bodyStartPx !== null ? cache.bodyStartPx : previousBottom + Math.max(previousMarginBottom, figures.marginTopPx);
    const bottom = top + figures.heightPx;
    previousBottom = bottom;
    previousMarginBottom = figures.marginBottomPx;
    if (block.inBody) bodyBlockIndexes.push(blocks.length);
    blocks.push(block.splittable
      ? new SplittableParagraph(block.pos, top, bottom, block.keepWithNext, element, figures, context)
      : { pos: block.pos, top, bottom, keepWithNext: block.keepWithNext, breakBefore: block.breakBefore });
  }
  return { blocks, contentPx: contentMm * PX_PER_MM, bodyBlockIndexes, status };
}
