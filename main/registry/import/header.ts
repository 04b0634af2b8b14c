/**
 * Finding the heading row of a register sheet by its headings, not by counting filled cells: each
 * of the first HEADER_SCAN_ROWS rows is scored by how many distinct columns of a register it names
 * (./headings.ts), alone or together with the row under it (a heading merged across "Số" and "Ký
 * hiệu", or "Văn bản đến" over "Số đến" and "Ngày đến"). Title rows merged across the sheet name no
 * column and score nothing. A merged heading counts once, at its first column.
 */
import { cellAsText, type RawCell } from './dates';
import {
  fieldOfHeading, IMPORT_KINDS, KIND_MARKERS, REQUIRED_FIELDS, printedHeading, type ImportField, type ImportKind,
} from './headings';
import { HEADER_SCAN_ROWS, type GridSheet } from './read';

/** The headings found on a sheet: the kind of register, where they are and which column holds each field. */
export interface SheetHeader {
  kind: ImportKind;
  /** 0-based index of the (first) heading row. */
  row: number;
  /** Number of heading rows: 1, or 2 for a heading row with a sub-heading row. */
  depth: 1 | 2;
  /** 0-based column of each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** The heading text of each field's column as written in the file (for messages). */
  labels: Partial<Record<ImportField, string>>;
  /** How many distinct fields the headings name (the ordinal "STT" not counted). */
  score: number;
}

const text = (cell: RawCell | undefined): string => (cell === undefined ? '' : cellAsText(cell)).trim();

/** Reads the heading row `r` (with row r + 1 as sub-headings when `depth` is 2) as a register of `kind`. */
export function readHeadings(sheet: GridSheet, r: number, kind: ImportKind, depth: 1 | 2): SheetHeader {
  const top = sheet.rows[r] ?? [];
  const sub = depth === 2 ? sheet.rows[r + 1] ?? [] : [];
  const width = Math.max(top.length, sub.length);
  const columns: Partial<Record<ImportField, number>> = {};
  const labels: Partial<Record<ImportField, string>> = {};
  for (let c = 0; c < width; c++) {
    const topFrom = sheet.mergedFrom(r, c);
    // A cell inside a heading merged across columns: the heading belongs to its first column.
    const sideways = topFrom !== null && topFrom[0] === r && topFrom[1] !== c;
    const topText = text(top[c]);
    let field = sideways ? undefined : fieldOfHeading(kind, topText);
    let label = topText;
    if (depth === 2) {
      const subFrom = sheet.mergedFrom(r + 1, c);
      const continuesTop = subFrom !== null && subFrom[0] <= r;
      const subText = continuesTop ? '' : text(sub[c]);
      if (subText) {
        const subField = fieldOfHeading(kind, subText);
        if (subField) {
          field = subField;
          label = topText && topText !== subText ? `${topText} / ${subText}` : subText;
        }
      }
    }
    if (field && columns[field] === undefined) {
      columns[field] = c;
      labels[field] = label.replace(/\s+/g, ' ');
    }
  }
  const score = Object.keys(columns).filter((f) => f !== 'ordinal').length;
  return { kind, row: r, depth, columns, labels, score };
}

/** Whether the headings identify a register of their kind (an incoming book needs "Số đến" or "Ngày đến"…). */
function fitsKind(h: SheetHeader): boolean {
  const markers = KIND_MARKERS[h.kind];
  return markers.length === 0 || markers.some((f) => h.columns[f] !== undefined);
}

/** The required fields a header lacks (a number split into "Số" and "Ký hiệu" counts as the number). */
export function missingFields(h: SheetHeader): ImportField[] {
  return REQUIRED_FIELDS[h.kind].filter((f) => {
    if (h.columns[f] !== undefined) return false;
    return !(f === 'number' && h.columns.numberSerial !== undefined && h.columns.numberSymbol !== undefined);
  });
}

/**
 * The best heading rows of a sheet, or null when no row of the first HEADER_SCAN_ROWS names two
 * columns of a register. The best is the one naming most columns; on a tie, the upper row, then
 * the order of IMPORT_KINDS.
 */
export function findHeader(sheet: GridSheet): SheetHeader | null {
  let best: SheetHeader | null = null;
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    if (!(sheet.rows[r] ?? []).some((c) => text(c))) continue;
    for (const kind of IMPORT_KINDS) {
      const one = readHeadings(sheet, r, kind, 1);
      // A heading row over a sub-heading row names some columns itself (a title row names none).
      const two = one.score > 0 && r + 1 < sheet.rows.length ? readHeadings(sheet, r, kind, 2) : one;
      const h = two.score > one.score ? two : one;
      if (h.score < 2 || !fitsKind(h)) continue;
      if (!best || h.score > best.score) best = h;
    }
  }
  return best;
}

/** The Vietnamese names of fields, as printed headings in quotes: "Số, ký hiệu văn bản", "Ngày tháng văn bản". */
export function headingNames(kind: ImportKind, fields: readonly ImportField[]): string {
  return fields.map((f) => `"${printedHeading(kind, f)}"`).join(', ');
}
