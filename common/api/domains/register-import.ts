/**
 * Contract of the register import (issue 15 item 5): a register an office kept in Excel or CSV is
 * first previewed — what will be imported, and why each refused row is refused — and written only
 * when the clerk confirms, in one transaction, if the file and the register are still what the
 * preview saw (`expect` carries the preview's fingerprint). Registered with the registry domain.
 */
import * as z from 'zod';
import { fileName, fileRef } from '../fields';
import { op } from '../op';

/** A row the import takes: where it is in the file and what the register will show. */
export interface ImportedRow {
  /** Worksheet name (the file name for a CSV). */
  sheet: string;
  /** Row number in the sheet, as Excel shows it. */
  row: number;
  /** Which register the row goes to. */
  register: 'out' | 'in';
  /** Outgoing: "04-NQ/TU"; incoming: the số đến it gets. */
  number: string;
  /** Outgoing: date of the document; incoming: date received (ISO). */
  date: string;
  summary: string;
  /** Outgoing rows imported as cancelled numbers ("Đã hủy" in Ghi chú). */
  cancelled?: boolean;
}

/** A row the import refuses, and why. */
export interface RefusedRow {
  sheet: string;
  row: number;
  /** The column holding the refused value, e.g. "C (Ngày tháng văn bản)"; '' for the row as a whole. */
  column: string;
  /** The whole reason in Vietnamese, naming the sheet, the row and the column. */
  reason: string;
}

/** What the import made of one worksheet. */
export interface ImportedSheet {
  name: string;
  /** The book the sheet looks like; null when it holds no register. */
  register: 'out' | 'in' | 'follow-up' | null;
  /** Row of the (first) heading row, as Excel numbers it; null when none was found. */
  headerRow: number | null;
  /** Data rows read (taken + refused). */
  rows: number;
  /** Why the sheet was skipped, or ''. */
  note: string;
}

/** The preview (or the result) of importing a register file. */
export interface RegisterImportReport {
  /** File name (without its folder). */
  file: string;
  /** Whether the rows were written (false: preview only, nothing written). */
  applied: boolean;
  /** Identifies this preview: the file's bytes and the outcome of every row; pass it as `expect` to write. */
  fingerprint: string;
  sheets: ImportedSheet[];
  /** Rows taken (the API sends the first IMPORT_PREVIEW_ROWS; `takenCount` is the total). */
  taken: ImportedRow[];
  takenCount: number;
  refused: RefusedRow[];
}

/** How many taken rows the preview sends to the window (the count is always whole). */
export const IMPORT_PREVIEW_ROWS = 2000;

/** Operations of the register import. */
export const registerImportOps = {
  'registry.importRegister': op<RegisterImportReport>()({
    input: z.strictObject({
      /** A file chosen with `files.open` (kind "register"). */
      file: fileRef,
      /** Its name as the clerk chose it (files.open's `name`), shown in the report. */
      name: fileName.optional(),
      /** Write the rows (after a preview); without it nothing is written. */
      apply: z.boolean().default(false),
      /** The fingerprint of the preview the clerk confirmed; required to write. */
      expect: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    }),
    label: 'Nhập sổ từ Excel',
    paths: ['file'],
  }),
};
