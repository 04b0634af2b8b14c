/**
 * The import report of a draft just opened from a Word file ("Mở tệp Word"): what was changed to
 * fit the rules, what needs the drafter's eye, what went into the body for want of a part — each
 * with its place. Shown above the editor until closed.
 */
import { useState } from 'react';
import type { WordReportLine } from '../../../common/api/domains/word';
import { takeImportReport } from './word-file';
import './word.css';

const KIND_LABEL: Record<WordReportLine['kind'], string> = { normalised: 'Đã sửa', attention: 'Cần xem lại', unplaced: 'Đưa vào nội dung' };

/** Props of WordImportReport. */
export interface WordImportReportProps {
  draftId: string;
}

/** The report panel (nothing when the draft was not just opened from Word). */
export function WordImportReport({ draftId }: WordImportReportProps) {
  const [report] = useState(() => takeImportReport(draftId));
  const [open, setOpen] = useState(true);
  if (!report || !open) return null;
  return (
    <section className="word-report" aria-label="Báo cáo nhập tệp Word" data-testid="word-import-report">
      <header>
        <b>Đã mở tệp Word "{report.name}" thành dự thảo.</b>{' '}
        {report.lines.length === 0 ? 'Không có gì phải sửa hay xem lại.' : `${report.lines.length} mục trong báo cáo nhập:`}
        <button type="button" className="link" onClick={() => setOpen(false)}>Đóng</button>
      </header>
      {report.lines.length > 0 && (
        <ul>
          {report.lines.map((l, i) => (
            <li key={i} className={`word-report-${l.kind}`}>
              <span className="word-report-kind">{KIND_LABEL[l.kind]}</span> {l.message} <span className="word-report-place">({l.place})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
