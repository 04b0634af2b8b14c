/**
 * The import report (main/docx-in/recognise) as the drafting screen shows it: each line with its
 * kind and its place in words, as the report's own formatter (main/docx-in/report/format.ts) writes it.
 */
import type { WordReportLine } from '../../../common/api/domains/word';
import type { ReportItem } from '../recognise/types';
import { placeText } from '../report/format';

/** The report lines for the window. */
export function reportLines(report: ReportItem[]): WordReportLine[] {
  return report.map((r) => ({ kind: r.kind, message: r.message, place: placeText(r) }));
}
