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

/** Height of the gap of a break (CSS px of the page): the rest of the page, both margins, the band. */
export function gapHeight(br: PageBreak, bottomMm: number, topMm: number): number {
  return Math.max(0, br.fill) + (bottomMm + topMm) * PX_PER_MM + GAP_PX;
}

/** The gap element of a break, for margins of `bottomMm` and `topMm`. */
export function gapWidget(br: PageBreak, bottomMm: number, topMm: number): HTMLElement {
  const tag = br.inline ? 'span' : 'div';
  const d = document.createElement(tag);
  d.className = br.inline ? `${GAP_CLASS} vt-pagegap-inline` : GAP_CLASS;
  d.dataset.pos = String(br.pos);
  d.contentEditable = 'false';
  d.style.height = `${gapHeight(br, bottomMm, topMm)}px`;
  const band = document.createElement(tag);
  band.className = 'vt-gap-band';
  band.style.height = `${GAP_PX}px`;
  const top = document.createElement(tag);
  top.className = 'vt-gap-top';
  const pno = document.createElement('span');
  pno.className = 'vt-pno';
  pno.textContent = String(br.page);
  top.append(pno);
  d.append(band, top);
  return d;
}
