/**
 * Hàng chờ: the office flow's queues, one card per queue the user's roles see
 * (common/rules/office-flow.ts): Chờ duyệt for the lãnh đạo (Duyệt, or Trả lại with a required
 * comment, right from the list), Bị trả lại for the chuyên viên (with the leader's comment), Chờ cấp
 * số for the văn thư (opens the draft in Soạn thảo, where Cấp số & đăng ký numbers it).
 */
import { useState } from 'react';
import type { QueueItem } from '../../../common/api/domains/office-flow';
import { QUEUE_SPECS, clockTime, refusalOf, type FlowActor, type FlowQueue, type FlowStep } from '../../../common/rules/office-flow';
import { displayDate } from '../../../common/rules/date-line';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { requestOpenDraft } from '../desk/open-draft';
import { Notice } from '../Notice';
import './flow.css';

/** The Hàng chờ section. */
export function QueueScreen() {
  const actor = useLoad(() => window.vanthu.drafts.flowActor({}));
  const [tick, setTick] = useState(0); // a step moves a draft between queues: every card reads again
  if (actor.error) return <Notice kind="error">{actor.error}</Notice>;
  if (!actor.data) return null;
  const a = actor.data;
  return (
    <div className="flow-queues">
      {a.singleSeat && (
        <Notice>
          Làm việc một mình: bạn giữ mọi vai trò (chuyên viên, lãnh đạo văn phòng, văn thư). "Trình ký" trong Soạn thảo đưa thẳng dự thảo
          sang Chờ cấp số; "Trình duyệt" đưa vào Chờ duyệt như ở văn phòng nhiều người.
        </Notice>
      )}
      {a.queues.length === 0 && <Notice>Vai trò của bạn không có hàng chờ nào.</Notice>}
      {a.queues.map((q) => <QueueCard key={q} queue={q} actor={a} tick={tick} onStep={() => setTick((t) => t + 1)} />)}
    </div>
  );
}

/** How a row says the last step ("Lê Thị Lãnh trả lại lúc …"). */
const STEP_VERBS: Record<FlowStep, string> = { submit: 'trình duyệt', approve: 'duyệt', return: 'trả lại', withdraw: 'rút lại' };

/** "10:42 02/12/2026". */
function at(iso: string): string {
  return `${clockTime(iso)} ${displayDate(iso)}`;
}

function QueueCard({ queue, actor, tick, onStep }: { queue: FlowQueue; actor: FlowActor; tick: number; onStep(): void }) {
  const spec = QUEUE_SPECS[queue];
  const items = useLoad(() => window.vanthu.drafts.queue({ queue }), [queue, tick]);
  return (
    <div className="card flow-queue" data-queue={queue}>
      <h2>{spec.title} {items.data && <span className="count">({items.data.length})</span>}</h2>
      <p className="muted">{spec.hint}</p>
      {items.error && <Notice kind="error">{items.error}</Notice>}
      {items.data?.length === 0 && <Notice>{spec.empty}</Notice>}
      <ul className="rows" aria-label={spec.title}>
        {items.data?.map((d) => <QueueRow key={d.id} item={d} queue={queue} actor={actor} onDone={onStep} />)}
      </ul>
    </div>
  );
}

function QueueRow({ item, queue, actor, onDone }: { item: QueueItem; queue: FlowQueue; actor: FlowActor; onDone(): void }) {
  const busy = useBusy();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const step = (s: 'approve' | 'return') => busy.run(s === 'approve' ? 'Duyệt' : 'Trả lại', async () => {
    await window.vanthu.drafts.flowStep({ id: item.id, step: s, comment: s === 'return' ? comment : '' });
    onDone();
    return true;
  });
  const sub = item.last
    ? `${item.last.user} ${STEP_VERBS[item.last.action]} lúc ${at(item.last.at)}`
    : `Trình ký trực tiếp · sửa lần cuối lúc ${at(item.updatedAt)}`;
  const returnWhy = refusalOf('return', item.state, actor, comment);
  const open = queue === 'approved' ? 'Mở để cấp số' : queue === 'returned' ? 'Mở để sửa' : 'Mở để xem';
  return (
    <li className="row" data-draft={item.id}>
      <div className="row-main">
        <button type="button" className="link row-title" onClick={() => requestOpenDraft(item.id)}>{item.title}</button>
        <span className="row-sub">{sub}</span>
        {queue === 'returned' && item.last?.comment && <span className="row-comment" data-flow-comment>Ý kiến: “{item.last.comment}”</span>}
        {returning && (
          <label className="flow-comment">Ý kiến trả lại (bắt buộc)
            <textarea aria-label="Ý kiến trả lại" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
            <span>
              <button type="button" className="primary" disabled={Boolean(returnWhy)} title={returnWhy ?? undefined} onClick={() => step('return')}>Trả lại</button>{' '}
              <button type="button" className="link" onClick={() => { setReturning(false); setComment(''); }}>Thôi</button>
            </span>
          </label>
        )}
      </div>
      <div className="row-actions">
        <button type="button" className="secondary" onClick={() => requestOpenDraft(item.id)}>{open}</button>
        {queue === 'pending' && refusalOf('approve', item.state, actor) === null && (
          <>
            <button type="button" className="primary" onClick={() => step('approve')}>Duyệt</button>
            {!returning && <button type="button" className="secondary" onClick={() => setReturning(true)}>Trả lại…</button>}
          </>
        )}
      </div>
    </li>
  );
}
