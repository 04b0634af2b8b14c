/**
 * Where the received stamp goes on page 1: the first free area large enough for it, as a clerk
 * does on paper (spec §5.1: "in the free space under the number and trích yếu"). First the left
 * column, scanning down from the top of the text (so below the number and trích yếu of the header
 * block); then anywhere on the page, top to bottom, left to right. Free means: inside the page's
 * margins and at least a small gap away from every text box. Null when no place is free.
 */
import type { PageText, Rect } from './text-boxes';

const MM = 72 / 25.4;
/** Distance kept from the page's edges and from text (mm). */
const EDGE_MM = 8;
const GAP_MM = 1.5;
const STEP_MM = 1;

/** A stamp's place: its top-left corner, in mm from the page's top-left corner. */
export interface StampPlace { xMm: number; yMm: number }

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The rectangle (points, origin bottom left) of a stamp of `w`×`h` mm at `place` on a page `pageH` points high. */
export function stampRect(place: StampPlace, w: number, h: number, pageH: number): Rect {
  const x0 = place.xMm * MM, top = pageH - place.yMm * MM;
  return { x0, y0: top - h * MM, x1: x0 + w * MM, y1: top };
}

/** Whether a stamp at `place` keeps clear of every text box (with the gap). */
export function isFree(page: PageText, place: StampPlace, w: number, h: number): boolean {
  const g = GAP_MM * MM;
  const r = stampRect(place, w, h, page.height);
  const padded = { x0: r.x0 - g, y0: r.y0 - g, x1: r.x1 + g, y1: r.y1 + g };
  return !page.boxes.some((b) => overlaps(padded, b));
}

/** Finds the first free place for a `w`×`h` mm stamp on the page, or null. */
export function findStampPlace(page: PageText, w: number, h: number): StampPlace | null {
  const pageW = page.width / MM, pageH = page.height / MM;
  const maxX = pageW - EDGE_MM - w, maxY = pageH - EDGE_MM - h;
  if (maxX < EDGE_MM || maxY < EDGE_MM) return null;
  const textTop = page.boxes.length ? pageH - Math.max(...page.boxes.map((b) => b.y1)) / MM : EDGE_MM;
  const textLeft = page.boxes.length ? Math.min(...page.boxes.map((b) => b.x0)) / MM : EDGE_MM;
  const startY = Math.max(EDGE_MM, Math.min(textTop, maxY));
  const left = Math.max(EDGE_MM, Math.min(textLeft, maxX));
  // 1. The left column (the left half of the page), below the top of the text: under the number and trích yếu.
  const leftEnd = Math.min(maxX, pageW / 2 - w / 4);
  for (let y = startY; y <= maxY; y += STEP_MM) {
    for (let x = left; x <= leftEnd; x += STEP_MM) if (isFree(page, { xMm: x, yMm: y }, w, h)) return round({ xMm: x, yMm: y });
  }
  // 2. Anywhere else, top to bottom, left to right (the top margin included).
  for (let y = EDGE_MM; y <= maxY; y += STEP_MM) {
    for (let x = EDGE_MM; x <= maxX; x += STEP_MM) if (isFree(page, { xMm: x, yMm: y }, w, h)) return round({ xMm: x, yMm: y });
  }
  return null;
}

function round(p: StampPlace): StampPlace {
  return { xMm: Math.round(p.xMm * 10) / 10, yMm: Math.round(p.yMm * 10) / 10 };
}
