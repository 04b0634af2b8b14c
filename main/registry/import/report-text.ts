/**
 * The import report as the command line prints it: the sheets read, each row taken (number, date,
 * trích yếu), each row refused with its reason, and what to do next (preview) or what was written.
 */
import type { RegisterImportReport } from '../../../common/api/domains/register-import';
import { displayDate } from '../../../common/rules/date-line';

const BOOKS = { out: 'sổ văn bản đi', in: 'sổ văn bản đến', 'follow-up': 'sổ theo dõi giải quyết văn bản đến' } as const;

/** The Vietnamese text of a preview or of a finished import. */
export function importReportText(r: RegisterImportReport): string {
  const lines: string[] = [];
  const csv = /\.(csv|txt)$/i.test(r.file);
  for (const s of r.sheets) {
    const where = csv ? `Tệp "${r.file}"` : `Trang "${s.name}"`;
    lines.push(s.note ? `${where}: bỏ qua — ${s.note}.` : `${where}: ${BOOKS[s.register!]}, tiêu đề cột ở dòng ${s.headerRow}, ${s.rows} dòng.`);
  }
  for (const t of r.taken) {
    const where = r.sheets.length > 1 ? `${t.sheet}, dòng ${t.row}` : `Dòng ${t.row}`;
    const what = t.register === 'in' ? `số đến ${t.number}` : `${t.number}${t.cancelled ? ' (đã hủy)' : ''}`;
    lines.push(`  ${where}: ${r.applied ? 'đã nhập' : 'sẽ nhập'} ${what}  ${displayDate(t.date)}  ${t.summary}`);
  }
  for (const f of r.refused) lines.push(`  Từ chối — ${f.reason}`);
  lines.push(r.applied
    ? `Đã nhập ${r.takenCount} dòng vào sổ (một lần ghi), từ chối ${r.refused.length} dòng.`
    : `Xem trước: sẽ nhập ${r.takenCount} dòng, từ chối ${r.refused.length} dòng. Chưa ghi gì vào sổ; chạy lại với --apply để nhập.`);
  return lines.join('\n');
}
