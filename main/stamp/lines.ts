/**
 * The printed lines of the received stamp (spec §5.1, seed 004): receiving body, "VĂN BẢN ĐẾN",
 * "Số: 105   Ngày: 10/3/21" — Số and Ngày side by side, set apart by spaces; the dot after the
 * number in the seed is the OCR of the stamp's dotted leader, not part of it — then "Chuyển:" and
 * "Lưu hồ sơ số:".
 */

import type { StampFields } from '../registry/types';

/** What a received stamp shows: the registry's stamp fields without their printed lines. */
export type StampText = Omit<StampFields, 'lines'>;

/** Spaces between the Số and Ngày fields on their shared line. */
const FIELD_GAP = '\u00a0\u00a0\u00a0';

/** The stamp's lines as printed on the PDF copy and shown in the desk. */
export function stampLines(f: StampText): string[] {
  return [...f.bodyLines, f.heading, `Số: ${f.number}${FIELD_GAP}Ngày: ${f.date}`, `Chuyển: ${f.routedTo}`, `Lưu hồ sơ số: ${f.fileRef}`];
}
