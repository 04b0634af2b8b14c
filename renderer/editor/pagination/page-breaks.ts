/**
 * Where the pages of the page view break, from the natural (gap-free) geometry of the blocks — the
 * rules Word applies to the exported DOCX: a paragraph that does not fit is split at a line (the
 * export sets no widow control), a heading and the last body block (keep with next, keep lines)
 * move to the next page with what follows, a table or a locked part moves whole, an appendix
 * starts a new page. Pure: no DOM, tested on made-up geometry.
 */

/** Where a line of a paragraph starts: its document position and its natural top (CSS px). */
export interface LineStart {
  pos: number;
  top: number;
}

/** A block as measured: document position, natural top and bottom (CSS px, unzoomed). */
export interface MeasuredBlock {
  pos: number;
  top: number;
  bottom: number;
  /** Keep with the next block, never split (headings, the last body block, the header and title). */
  keepWithNext?: boolean;
  /** Starts a new page whatever room is left (an appendix). */
  breakBefore?: boolean;
  /**
   * Only for a block that may split across pages: its first line whose bottom is below
   * `limitPx`, or null when that is its first line (nothing of it would fit above the limit).
   */
  firstLineBelow?(limitPx: number): LineStart | null;
}

/** A page break before `pos` (a block, or a line inside a paragraph), the white space left above it. */
export interface PageBreak {
  pos: number;
  /** Height left empty at the bottom of the page that ends here, CSS px. */
  fill: number;
  /** Number of the page that starts here. */
  page: number;
  /** The break is inside a paragraph (an inline gap), not before a block. */
  inline?: boolean;
}

/** The breaks of a column of blocks on pages of `contentPx` of text height. */
export function computeBreaks(blocks: MeasuredBlock[], contentPx: number): PageBreak[] {
  const layout = new PageLayout(contentPx);
  let next = 0;
  while (next < blocks.length) next = layout.place(blocks, next);
  return layout.breaks;
}

/** The pages laid out so far: the breaks found and where the current page's text starts. */
class PageLayout {
  /** The breaks found so far, in document order. */
  readonly breaks: PageBreak[] = [];
  /** Natural top of the current page's text area, CSS px. */
  private pageTop = 0;

  constructor(private readonly contentPx: number) {}

  /** Natural bottom of the current page's text area. */
  private get pageBottom(): number {
    return this.pageTop + this.contentPx;
  }

  /**
   * Lays out `blocks[index]` from the current page on, adding the breaks it needs. Returns the
   * index of the next block to lay out: an earlier one when the block and the blocks kept with it
   * move together to a new page (they are laid out again there).
   */
  place(blocks: MeasuredBlock[], index: number): number {
    const block = blocks[index];
    if (block.breakBefore && block.top > this.pageTop) this.startPage(block.pos, block.top, false);
    while (this.overflows(block)) {
      const line = this.lineToSplitAt(block);
      if (line) {
        this.startPage(line.pos, line.top, true);
        continue;
      }
      // Already at the top of a page, taller than a page and unsplittable: it overflows, as in Word.
      if (block.top <= this.pageTop) break;
      const first = this.firstOfKeptRun(blocks, index);
      this.startPage(blocks[first].pos, blocks[first].top, false);
      return first;
    }
    return index + 1;
  }

  /** Whether `block` ends below the current page's text area. */
  private overflows(block: MeasuredBlock): boolean {
    return block.bottom - this.pageTop > this.contentPx;
  }

  /** The line of `block` that starts the next page, or null when the block cannot split here. */
  private lineToSplitAt(block: MeasuredBlock): LineStart | null {
    if (block.keepWithNext || !block.firstLineBelow || block.top >= this.pageBottom) return null;
    const line = block.firstLineBelow(this.pageBottom);
    return line && line.top > this.pageTop ? line : null;
  }

  /** The first of the blocks on this page kept with `blocks[index]` (itself when none is). */
  private firstOfKeptRun(blocks: MeasuredBlock[], index: number): number {
    let first = index;
    while (first > 0 && blocks[first - 1].keepWithNext && blocks[first - 1].top > this.pageTop) first--;
    return first;
  }

  /** Ends the current page before `pos`, the next one starting at natural height `top`. */
  private startPage(pos: number, top: number, inline: boolean): void {
    this.breaks.push({ pos, fill: this.pageBottom - top, page: this.breaks.length + 2, ...(inline ? { inline } : {}) });
    this.pageTop = top;
  }
}
