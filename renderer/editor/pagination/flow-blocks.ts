/**
 * The blocks the pages are made of, read from the document alone (no DOM): each top-level locked
 * part (header, title, closing) as one block, each block of the body and of the appendices, and
 * the head (label and title) of each part printed from a new page (an appendix). For each: whether
 * it is kept with the next block, whether it may split across pages, whether it starts a page —
 * as the DOCX exporter sets them, so the page view breaks where Word does.
 */
import type { Node } from 'prosemirror-model';
import { isFreePart } from '../../../common/model';

/** Blocks that may split across pages (Word splits any paragraph: the export sets no widow control). */
const SPLITTABLE = new Set(['paragraph', 'dash_item']);

/** A block of the page flow, before it is measured. */
export interface FlowBlock {
  /** Document position of the block's node (of the part, for a part's head). */
  pos: number;
  /** Kept with the next block and never split (keep with next, keep lines). */
  keepWithNext: boolean;
  /** May split across pages at a line. */
  splittable: boolean;
  /** Starts a new page whatever room is left. */
  breakBefore: boolean;
  /** The head of a part printed from a new page: measured in its head element, not the whole part. */
  partHead: boolean;
  /** A block of the body (the display window works on these). */
  inBody: boolean;
}

/** Whether child `index` of a free part is kept with what follows, as the exporter keeps it. */
function keptWithNext(part: Node, child: Node, index: number): boolean {
  // Headings, and the body's last block but a table (keeping it with the closing); a table gets no keep-with-next.
  const heading = child.type.name === 'heading' || child.type.name === 'centered_heading';
  const lastOfBody = part.type.name === 'body' && index === part.childCount - 1 && child.type.name !== 'table';
  return heading || lastOfBody;
}

/** The blocks of `doc` in document order. */
export function flowBlocks(doc: Node): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  doc.forEach((part, partPos) => {
    if (part.type.spec.startsPage) {
      blocks.push({ pos: partPos, keepWithNext: true, splittable: false, breakBefore: true, partHead: true, inBody: false });
    }
    if (!isFreePart(part)) {
      const kept = part.type.name === 'header' || part.type.name === 'title';
      blocks.push({ pos: partPos, keepWithNext: kept, splittable: false, breakBefore: false, partHead: false, inBody: false });
      return;
    }
    part.forEach((child, offset, index) => blocks.push({
      pos: partPos + 1 + offset,
      keepWithNext: keptWithNext(part, child, index),
      splittable: SPLITTABLE.has(child.type.name),
      breakBefore: false,
      partHead: false,
      inBody: part.type.name === 'body',
    }));
  });
  return blocks;
}
