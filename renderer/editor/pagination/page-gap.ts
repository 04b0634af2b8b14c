/**
 * The gap drawn where a printed page ends: the white rest of the page, its bottom margin, a grey
 * band, the next page's top margin with its number. Before a block it is a block; inside a split
 * paragraph it is an inline-block as wide as the line, so the lines around it stay justified.
 */
import type { PageBreak } from './page-breaks';
import { PX_PER_MM } from './page-css';

/** Grey band between pages, CSS px. */
export const GAP_PX = 16;
/** Class of every page gap (measuring subtracts their heights). */
export const GAP_CLASS = 'vt-pagegap';

/** The page's top and bottom margins (mm, from the profile): what a gap adds besides the page's rest. */
export interface PageMargins {
  topMm: number;
  bottomMm: number;
}

/** Height of the gap of a break (CSS px of the page): the rest of the page, both margins, the band. */
export function gapHeight(pageBreak: PageBreak, margins: PageMargins): number {
  return Math.max(0, pageBreak.fill) + (margins.bottomMm + margins.topMm) * PX_PER_MM + GAP_PX;
}

/** The gap element of a break. */
export function gapWidget(pageBreak: PageBreak, margins: PageMargins): HTMLElement {
  const tag = pageBreak.inline ? 'span' : 'div';
  const gap = document.createElement(tag);
  gap.className = pageBreak.inline ? `${GAP_CLASS} vt-pagegap-inline` : GAP_CLASS;
  gap.dataset.pos = String(pageBreak.pos);
  gap.contentEditable = 'false';
  gap.style.height = `${gapHeight(pageBreak, margins)}px`;
  const band = document.createElement(tag);
  band.className = 'vt-gap-band';
  band.style.height = `${GAP_PX}px`;
  const nextPageTop = document.createElement(tag);
  nextPageTop.className = 'vt-gap-top';
  const pageNumber = document.createElement('span');
  pageNumber.className = 'vt-pno';
  pageNumber.textContent = String(pageBreak.page);
  nextPageTop.append(pageNumber);
  gap.append(band, nextPageTop);
  return gap;
}
