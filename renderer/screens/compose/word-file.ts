/**
 * A Word file picked in the window, made ready for the API: refused over WORD_LIMITS.docxBytes
 * (or when it is not a .docx) with a Vietnamese message before anything is sent, else its bytes as
 * base64; and the report of the last "Mở tệp Word", kept until the opened draft shows it.
 */
import { WORD_LIMITS, tooLargeMessage, type WordReportLine } from '../../../common/api/domains/word';

/** The payload of drafts.openWord / drafts.checkWord for a picked file; throws a Vietnamese Error. */
export async function wordPayload(file: File): Promise<{ name: string; file: string }> {
  if (!/\.docx$/i.test(file.name)) throw new Error(`"${file.name}" không phải tệp Word .docx; hãy mở tệp bằng Word và lưu lại dạng .docx.`);
  if (file.size > WORD_LIMITS.docxBytes) throw new Error(`${tooLargeMessage(file.size)}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, file: btoa(binary) };
}

let pendingReport: { draftId: string; name: string; lines: WordReportLine[] } | null = null;

/** Keeps the import report of a Word file opened as draft `draftId`. */
export function keepImportReport(draftId: string, name: string, lines: WordReportLine[]): void {
  pendingReport = { draftId, name, lines };
}

/** The import report of draft `draftId`, once (null when it was not opened from a Word file just now). */
export function takeImportReport(draftId: string): { name: string; lines: WordReportLine[] } | null {
  if (!pendingReport || pendingReport.draftId !== draftId) return null;
  const r = pendingReport;
  pendingReport = null;
  return { name: r.name, lines: r.lines };
}
