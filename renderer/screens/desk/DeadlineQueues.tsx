/** The deadline queues: overdue and due soon, with counts per unit and person. */
import type { QueueRow, Queues as QueuesData } from '../../../common/api/domains/desk';
import { displayDate } from '../../../common/rules/date-line';

/** Props of DeadlineQueues. */
export interface DeadlineQueuesProps { data: QueuesData; onOpen(id: number): void }

function List({ title, rows, kind, onOpen }: { title: string; rows: QueueRow[]; kind: 'late' | 'soon'; onOpen(id: number): void }) {
  return (
    <div className="card queue">
      <h2>{title} <span className={`badge ${kind}`}>{rows.length}</span></h2>
      {rows.length === 0 ? <p className="muted">Không có văn bản nào.</p> : (
        <ul className="rows" aria-label={title}>
          {rows.map((q) => (
            <li key={q.id} className="row click" tabIndex={0} onClick={() => onOpen(q.id)} onKeyDown={(e) => e.key === 'Enter' && onOpen(q.id)}>
              <span className="row-main">
                <span className="row-title">Số đến {q.serial} · {q.senderNumber || q.sender}</span>
                <span className="row-sub">{q.summary}</span>
                <span className="row-sub">{[q.unit, q.person].filter(Boolean).join(' – ') || 'Chưa chuyển'}</span>
              </span>
              <span className={`due ${kind}`}>
                {displayDate(q.deadline)}<br />{q.daysLeft < 0 ? `quá ${-q.daysLeft} ngày` : q.daysLeft === 0 ? 'hôm nay' : `còn ${q.daysLeft} ngày`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The queues. */
export function DeadlineQueues({ data, onOpen }: DeadlineQueuesProps) {
  return (
    <div className="queues">
      <List title="Quá hạn xử lý" rows={data.overdue} kind="late" onOpen={onOpen} />
      <List title="Sắp đến hạn (3 ngày)" rows={data.dueSoon} kind="soon" onOpen={onOpen} />
      <div className="card queue">
        <h2>Theo đơn vị, người xử lý</h2>
        {data.counts.length === 0 ? <p className="muted">Không có văn bản nào đến hạn.</p> : (
          <table className="table compact" aria-label="Hạn xử lý theo đơn vị">
            <thead><tr><th>Đơn vị</th><th>Người</th><th>Quá hạn</th><th>Sắp hạn</th></tr></thead>
            <tbody>{data.counts.map((c) => (
              <tr key={`${c.unit}|${c.person}`}><td>{c.unit || '—'}</td><td>{c.person || '—'}</td><td className="num late">{c.overdue}</td><td className="num">{c.dueSoon}</td></tr>
            ))}</tbody>
          </table>
        )}
      </div>
    </div>
  );
}
