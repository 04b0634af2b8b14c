/** Văn bản đến: the registration form and the incoming register. */
import { useLoad } from '../app/use-load';
import { capitalise, viDate } from './format';
import { IncomingForm } from './IncomingForm';
import { Notice } from './Notice';

/** The incoming register section. */
export function Incoming() {
  const list = useLoad(() => window.vanthu.registry.listIncoming({ limit: 200 }));
  return (
    <>
      <IncomingForm onSaved={list.reload} />
      <div className="card">
        <h2>Sổ đăng ký văn bản đến {list.data && <span className="count">({list.data.total} văn bản)</span>}</h2>
        {list.error && <Notice>{list.error}</Notice>}
        {list.data?.total === 0 && <Notice>Sổ chưa có văn bản nào.</Notice>}
        {!!list.data?.rows.length && (
          <table className="table">
            <thead>
              <tr><th>Số đến</th><th>Ngày đến</th><th>Cơ quan gửi</th><th>Số, ký hiệu</th><th>Trích yếu</th><th>Chuyển cho</th><th>Hạn xử lý</th><th>Trạng thái</th></tr>
            </thead>
            <tbody>
              {list.data.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.serial}</td><td>{viDate(r.receivedDate)}</td><td>{r.sender}</td><td className="nowrap">{r.senderNumber}</td>
                  <td>{r.summary}{r.attachments > 0 && <span className="tag">tệp</span>}</td><td>{r.routedTo}</td><td>{viDate(r.deadline)}</td><td className="nowrap">{capitalise(r.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
