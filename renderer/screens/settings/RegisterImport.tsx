/**
 * Nhập sổ từ Excel (Cài đặt): the clerk chooses a register kept in Excel (.xlsx) or CSV; vanthu shows
 * what it will import (sheet, row, number, date, trích yếu) and every refused row with its reason,
 * and writes nothing until "Nhập … dòng vào sổ" is pressed. Writing is one transaction and goes on
 * only if the file and the register are still what the preview showed (its fingerprint).
 */
import { useState } from 'react';
import type { RegisterImportReport } from '../../../common/api/domains/register-import';
import { displayDate } from '../../../common/rules/date-line';
import { useBusy } from '../../app/busy';
import { Notice } from '../Notice';

const BOOK_NAMES = { out: 'sổ văn bản đi', in: 'sổ văn bản đến', 'follow-up': 'sổ theo dõi giải quyết văn bản đến' } as const;

/** How the preview names a sheet: `Trang "2024"`, or `Tệp "so.csv"` for a CSV (one sheet, the file). */
function where(report: RegisterImportReport, sheet: string): string {
  return /\.(csv|txt)$/i.test(report.file) ? `Tệp "${report.file}"` : `Trang "${sheet}"`;
}

/** The register import tab: choose a file, preview, confirm. */
export function RegisterImport() {
  const busy = useBusy();
  const [file, setFile] = useState<{ file: string; name: string } | null>(null);
  const [preview, setPreview] = useState<RegisterImportReport | null>(null);
  const [done, setDone] = useState<RegisterImportReport | null>(null);

  const choose = async () => {
    const f = await busy.run('Chọn tệp sổ', () => window.vanthu.files.open({ kind: 'register' }));
    if (!f?.file) return;
    setFile({ file: f.file, name: f.name });
    setDone(null);
    setPreview(null);
    const p = await busy.run('Đọc sổ (xem trước, chưa ghi gì)', () => window.vanthu.registry.importRegister({ file: f.file!, name: f.name }));
    if (p) setPreview(p);
  };
  const apply = async () => {
    if (!file || !preview) return;
    const r = await busy.run('Nhập sổ', () => window.vanthu.registry.importRegister({ file: file.file, name: file.name, apply: true, expect: preview.fingerprint }));
    if (r) {
      setDone(r);
      setPreview(null);
    }
  };

  return (
    <div className="card register-import">
      <h2>Nhập sổ đang giữ bằng Excel</h2>
      <p className="muted">
        Chọn tệp sổ văn bản đi, sổ văn bản đến hoặc sổ theo dõi giải quyết văn bản đến (.xlsx hoặc .csv; mỗi trang tính một năm cũng được).
        vanthu tìm dòng tiêu đề cột, cho xem trước những dòng sẽ nhập và những dòng bị từ chối kèm lý do; chỉ ghi vào sổ khi bấm Nhập.
      </p>
      <div className="actions">
        <button type="button" className={preview ? 'secondary' : 'primary'} onClick={choose}>Chọn tệp sổ…</button>
      </div>
      {done && (
        <Notice>
          Đã nhập {done.takenCount} dòng từ "{done.file}" vào sổ{done.refused.length ? `; ${done.refused.length} dòng bị từ chối không được ghi` : ''}.
        </Notice>
      )}
      {preview && (
        <section aria-label="Xem trước">
          <h3>Xem trước: {preview.file}</h3>
          <ul className="muted">
            {preview.sheets.map((s) => (
              <li key={s.name}>
                {where(preview, s.name)}: {s.note ? `bỏ qua — ${s.note}` : `${BOOK_NAMES[s.register!]}, tiêu đề cột ở dòng ${s.headerRow}, ${s.rows} dòng`}
              </li>
            ))}
          </ul>
          <p><strong>Sẽ nhập {preview.takenCount} dòng</strong>{preview.refused.length ? `, từ chối ${preview.refused.length} dòng` : ''}. Chưa ghi gì vào sổ.</p>
          {preview.refused.length > 0 && (
            <div className="notice error" role="group" aria-label="Dòng bị từ chối">
              <strong>Dòng bị từ chối (sẽ không nhập):</strong>
              <ul>{preview.refused.map((r) => <li key={`${r.sheet}:${r.row}`}>{r.reason}</li>)}</ul>
            </div>
          )}
          {preview.taken.length > 0 && (
            <div className="scroll">
              <table className="table compact" aria-label="Dòng sẽ nhập">
                <thead><tr><th>Trang</th><th>Dòng</th><th>Số</th><th>Ngày</th><th>Trích yếu</th></tr></thead>
                <tbody>
                  {preview.taken.map((r) => (
                    <tr key={`${r.sheet}:${r.row}`}>
                      <td>{r.sheet}</td><td>{r.row}</td><td>{r.register === 'in' ? `Đến ${r.number}` : r.number}{r.cancelled ? ' (đã hủy)' : ''}</td>
                      <td>{displayDate(r.date)}</td><td>{r.summary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.takenCount > preview.taken.length && <p className="muted">… và {preview.takenCount - preview.taken.length} dòng nữa.</p>}
            </div>
          )}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setPreview(null)}>Hủy</button>
            <button type="button" className="primary" disabled={preview.takenCount === 0} onClick={apply}>
              Nhập {preview.takenCount} dòng vào sổ
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
