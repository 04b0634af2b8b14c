/**
 * Where the pages of the page view break, from the natural (gap-free) geometry of the blocks — the
 * rules Word applies to the exported DOCX: a paragraph that does not fit is split at a line (the
 * export sets no widow control), a heading and the last body block (keep with next, keep lines)
 * move to the next page with what follows, a table or a locked part moves whole, an appendix
 * starts a new page.
 */

/** A block as measured: document position, natural top and bottom (CSS px, unzoomed). */
export interface MeasuredBlock {
  pos: number;
  top: number;
  bottom: number;
  /** Keep with the next block (headings, the last body block, the header and title). */
  keep?: boolean;
  /** Starts a new page whatever room is left (an appendix). */
  breakBefore?: boolean;
  /**
   * For a block that may split across pages: the first line whose bottom is below `limit`, as the
   * document position where that line starts and the line's natural top; null when it is the first.
   */
  lineAfter?(limit: number): { pos: number; top: number } | null;
}

/** A page break before `pos` (a block, or a line inside a paragraph), the white space left above it. */
export interface PageBreak {
  pos: number;
  fill: number;
  /** Number of the page that starts here. */
  page: number;
  /** The break is inside a paragraph (an inline gap), not before a block. */
  inline?: boolean;
}

/** The breaks of a column of blocks on pages of `contentPx` of text height. */
export function computeBreaks(blocks: MeasuredBlock[], contentPx: number): PageBreak[] {
  const out: PageBreak[] = [];
  let start = 0;
  const breakAt = (pos: number, top: number, inline: boolean) => {
    out.push({ pos, fill: start + contentPx - top, page: out.length + 2, ...(inline ? { inline } : {}) });
    start = top;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.breakBefore && b.top > start) breakAt(b.pos, b.top, false);
    while (b.bottom - start > contentPx) {
      const line = !b.keep && b.top < start + contentPx ? b.lineAfter?.(start + contentPx) ?? null : null;
      if (line && line.top > start) { breakAt(line.pos, line.top, true); continue; }
      if (b.top <= start) break; // taller than a page and unsplittable: it overflows, as in Word
      let j = i;
      while (j > 0 && blocks[j - 1].keep && blocks[j - 1].top > start) j--;
      breakAt(blocks[j].pos, blocks[j].top, false);
      i = j - 1; // the blocks from j on are laid out again on the new page
      break;
    }
  }
  return out;
}
