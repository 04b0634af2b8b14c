/** Unit conversions of the DOCX writer: millimetres and points to twips, points to half-points. */

/** Twips (1/20 pt) in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded (20 mm -> 1134, 30 mm -> 1701, 15 mm -> 850). */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** Points to twips. */
export function pt(value: number): number {
  return Math.round(value * 20);
}

/** Points to the half-points of w:sz. */
export function halfPt(value: number): number {
  return Math.round(value * 2);
}
