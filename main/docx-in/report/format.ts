/**
 * The import report as text lines for the command line and the drafting screen: one line per item,
 * its kind, its place (part, field or paragraph, and the paragraph of the Word file) and its message.
 */
import { PART_LABELS } from '../../../common/rules/part-names';
import type { ImportPart, ReportItem, ReportKind } from '../recognise/types';

/** Vietnamese names of the parts, as the report names them (common/rules/part-names.ts). */
const PART_NAMES: Record<ImportPart, string> = PART_LABELS;

/** Vietnamese names of the kinds of report line. */
export const KIND_NAMES: Record<ReportKind, string> = {
  normalised: 'Đã sửa', attention: 'Cần xem lại', unplaced: 'Đưa vào nội dung',
};

/** Where an item points, in words: "Nội dung, đoạn 3 (đoạn 12 của tệp Word)". */
export function placeText(item: ReportItem): string {
  const p = item.place;
  let where = PART_NAMES[p.part];
  if (p.part === 'appendix' && p.appendix !== undefined) where += ` ${p.appendix + 1}`;
  if (p.paragraph !== undefined) where += `, đoạn ${p.paragraph}`;
  if (p.source !== undefined) where += ` (đoạn ${p.source} của tệp Word)`;
  return where;
}

/** One line of the report: "Đã sửa — Phần đầu văn bản (đoạn 3 của tệp Word): Bỏ dấu hai chấm sau "Số"." */
export function reportLine(item: ReportItem): string {
  return `${KIND_NAMES[item.kind]} — ${placeText(item)}: ${item.message}`;
}

/** The report as text: a summary line, then one line per item (attention first, then changes, then unplaced). */
export function formatReport(items: readonly ReportItem[]): string {
  if (items.length === 0) return 'Báo cáo nhập: không có gì phải sửa hay xem lại.';
  const order: ReportKind[] = ['attention', 'unplaced', 'normalised'];
  const sorted = [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const n = (k: ReportKind) => items.filter((i) => i.kind === k).length;
  const head = `Báo cáo nhập: ${n('normalised')} chỗ đã sửa, ${n('attention')} chỗ cần xem lại, ${n('unplaced')} đoạn đưa vào nội dung.`;
  return [head, ...sorted.map((i) => `- ${reportLine(i)}`)].join('\n');
}
