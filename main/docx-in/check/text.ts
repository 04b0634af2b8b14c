/**
 * The findings of a file check as lines of text (`vanthu check`, the screens' copy): one line per
 * finding — the part, what is wrong, what the rule wants — then a count.
 */
import { WORD_PART_LABELS, type WordCheckResult, type WordFinding } from '../../../common/api/domains/word';

/** One line: "[lỗi] Phần đầu văn bản: Số ghi "Số: 04-NQ/TU" … — Quy định: "Số 04-NQ/TU" …". */
export function findingLine(f: WordFinding): string {
  const wants = f.wants ? ` — Quy định: ${f.wants}` : '';
  return `[${f.severity === 'error' ? 'lỗi' : 'lưu ý'}] ${WORD_PART_LABELS[f.part]}: ${f.message}${wants}`;
}

/** The whole report: a heading naming the file and the profile, the lines, and the count. */
export function checkReportText(r: WordCheckResult): string {
  const head = `Kiểm tra thể thức "${r.name}" theo ${r.profile}:`;
  if (r.findings.length === 0) return `${head}\nKhông thấy lỗi thể thức.`;
  const count = [r.errors ? `${r.errors} lỗi` : '', r.warnings ? `${r.warnings} lưu ý` : ''].filter(Boolean).join(', ');
  return [head, ...r.findings.map(findingLine), `Tổng cộng: ${count}.`].join('\n');
}
