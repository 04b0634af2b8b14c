/**
 * The import report (main/docx-in/recognise) as the drafting screen shows it: each line with its
 * place in Vietnamese ("Nội dung, đoạn 3 · đoạn 12 của tệp Word").
 */
import { WORD_PART_LABELS, type WordReportLine } from '../../../common/api/domains/word';
import type { ReportItem } from '../recognise/types';

/** The place of a report line in words. */
export function placeText(p: ReportItem['place']): string {
  const part = p.part === 'appendix' && p.appendix !== undefined ? `Phụ lục ${p.appendix + 1}` : WORD_PART_LABELS[p.part];
  const at = [part + (p.paragraph ? `, đoạn ${p.paragraph}` : ''), p.source ? `đoạn ${p.source} của tệp Word` : ''].filter(Boolean);
  return at.join(' · ');
}

/** The report lines for the window. */
export function reportLines(report: ReportItem[]): WordReportLine[] {
  return report.map((r) => ({ kind: r.kind, message: r.message, place: placeText(r.place) }));
}
