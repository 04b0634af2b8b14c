/**
 * Byte-stable workbooks: exceljs writes the time of writing into docProps/core.xml (created,
 * modified: it fills them with "now" when empty) and into every zip entry, so the same register
 * printed twice gave two different files. The workbook is dated by its content instead (the caller
 * says which day: the last day of the printed period, the end of the report's year), and its package
 * is zipped again as every vanthu package is (./write.ts).
 */
import type { Workbook } from 'exceljs';
import { unzipSync } from 'fflate';
import { writeZip, ZIP_ENTRY_TIME } from './write';

/**
 * The XLSX bytes of `workbook`, created and modified on `day` (ISO `YYYY-MM-DD`, written as midnight
 * UTC): the same for the same content, whenever and wherever it is written.
 */
export async function stableWorkbookBytes(workbook: Workbook, day: string): Promise<Uint8Array> {
  const dated = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(dated.getTime())) throw new RangeError(`workbook: "${day}" is not a day`);
  workbook.created = dated;
  workbook.modified = dated;
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs's zip also lists its folders ("xl/"); a package's parts are its files (as in every DOCX vanthu writes).
  const parts = Object.entries(unzipSync(written)).filter(([name]) => !name.endsWith('/'));
  return writeZip(parts, { mtime: ZIP_ENTRY_TIME, method: 'deflate' });
}
