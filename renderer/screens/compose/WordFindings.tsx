/**
 * The findings of a Word file's format check as a list: the part, what is wrong, what the rule
 * wants; errors and remarks counted above. Used by "Kiểm tra thể thức tệp Word" and on the desk.
 */
import { WORD_PART_LABELS, type WordCheckResult } from '../../../common/api/domains/word';

/** Props of WordFindings. */
export interface WordFindingsProps {
  result: WordCheckResult;
  /** Shows at most this many findings (the rest are counted). */
  max?: number;
}

/** The list of findings of one file. */
export function WordFindings({ result, max = 100 }: WordFindingsProps) {
  const shown = result.findings.slice(0, max);
  const count = [result.errors ? `${result.errors} lỗi` : '', result.warnings ? `${result.warnings} lưu ý` : ''].filter(Boolean).join(', ');
  return (
    <div className="word-findings" data-testid="word-findings">
      <p className="word-findings-head">
        Tệp <b>{result.name}</b>, theo {result.profile}: {result.findings.length === 0 ? 'không thấy lỗi thể thức.' : `${count}.`}
      </p>
      {shown.length > 0 && (
        <ul className="word-findings-list" aria-label="Lỗi thể thức của tệp Word">
          {shown.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`word-finding ${f.severity}`} data-code={f.code} data-part={f.part}>
              <span className="word-finding-part">{WORD_PART_LABELS[f.part]}</span>
              <span className="word-finding-what">{f.severity === 'error' ? '' : 'Lưu ý: '}{f.message}</span>
              {f.wants && <span className="word-finding-wants">Quy định: {f.wants}</span>}
            </li>
          ))}
        </ul>
      )}
      {result.findings.length > shown.length && <p>… và {result.findings.length - shown.length} lỗi khác.</p>}
    </div>
  );
}
