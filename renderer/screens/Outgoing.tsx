/** Văn bản đi: the outgoing register. */
import { useLoad } from '../app/use-load';
import { OUT_STATUS, viDate } from './format';
import { Notice } from './Notice';

/** The outgoing register section. */
export function Outgoing() {
  const list = useLoad(() => window.vanthu.registry.listOutgoing({ limit: 200 }));
  return (
    <div className="card">
      <h2>Sổ đăng ký văn bản đi {list.data && <span className="count">({list.data.total} văn bản)</span>}</h2>
      {list.error && <Notice>{list.error}</Notice>}
      {list.data?.total === 0 && <Notice>Sổ chưa có văn bản nào. Văn bản được cấp số từ mục Soạn thảo.</Notice>}
      {!!list.data?.rows.length && (
        <table className="table">
          <thead>
            <tr><th>Số và ký hiệu</th><th>Ngày</th><th>Trích yếu</th><th>Người ký</th><th>Trạng thái</th></tr>
          </thead>
          <tbody>
            {list.data.rows.map((r) => (
              <tr key={r.id} className={r.status}>
                <td className="nowrap">{r.number}</td><td>{viDate(r.date)}</td><td>{r.summary}</td><td>{r.signer}</td>
                <td title={r.cancelReason ?? undefined}>{OUT_STATUS[r.status] ?? r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
