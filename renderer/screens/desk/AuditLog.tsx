/** Settings: the audit log (newest first) with the verification of its hash chain. */
import { useEffect, useState } from 'react';
import type { DeskAuditRow } from '../../../common/api/domains/desk';
import { viDateTime } from '../format';

const ACTIONS: Record<string, string> = {
  'in.add': 'Vào sổ văn bản đến', 'in.update': 'Sửa, chuyển văn bản đến', 'out.register': 'Cấp số', 'out.reserve': 'Giữ số',
  'out.cancel': 'Hủy số', 'out.release': 'Trả số', 'out.issue-reserved': 'Cấp số đã giữ', 'out.correct': 'Đính chính',
  'book.create': 'Tạo sổ', 'term.open': 'Mở nhiệm kỳ', 'term.close': 'Kết thúc nhiệm kỳ', 'org.save': 'Lưu thông tin cơ quan',
  'sequence.last-used': 'Khai số cuối', 'book.scope': 'Đổi cách đánh số',
};

/** The audit card. */
export function AuditLog() {
  const [data, setData] = useState<{ events: DeskAuditRow[]; verdict: { ok: boolean; message: string } } | null>(null);
  const load = () => void window.vanthu.registry.deskAudit({ limit: 200 }).then(setData);
  useEffect(load, []);
  return (
    <div className="card">
      <h2>Nhật ký thao tác</h2>
      <div className="toolbar">
        {data && <span className={data.verdict.ok ? 'notice' : 'notice error'} data-testid="audit-verdict">{data.verdict.message}</span>}
        <span className="spacer" />
        <button type="button" className="secondary" onClick={load}>Kiểm tra lại</button>
      </div>
      <table className="table compact">
        <thead><tr><th>Thời gian</th><th>Người dùng</th><th>Thao tác</th><th>Nội dung</th></tr></thead>
        <tbody>{data?.events.map((e) => (
          <tr key={e.id}><td className="nowrap">{viDateTime(e.at)}</td><td>{e.user}</td><td>{ACTIONS[e.action] ?? e.action}</td>
            <td>{e.summary.replace(/^[^:]*: ?/, '')}</td></tr>
        ))}</tbody>
      </table>
    </div>
  );
}
