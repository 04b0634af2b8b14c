/**
 * The office flow in the editor: where the draft stands (Đang soạn, Chờ duyệt, Bị trả lại, Chờ cấp
 * số, Đã cấp số) and the steps the user's roles allow (common/rules/office-flow.ts): Trình duyệt
 * for the chuyên viên (blocked while the format check finds errors, like Trình ký), Duyệt and Trả
 * lại with a required comment for the lãnh đạo, Rút lại to edit again. Every disabled button says why.
 * After a step the draft is opened again (its lock follows the new state). On the office server the
 * bar ends with the draft's owner and sharing (ShareControl).
 */
import { useState } from 'react';
import type { DraftSummary } from '../../../common/api';
import type { EditStart } from '../../../common/api/domains/office-flow';
import { COMMENT_MIN, FLOW_TRANSITIONS, refusalOf, type FlowStep } from '../../../common/rules/office-flow';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import type { RoleCode } from '../../../common/rules/roles';
import { WINDOW_CLIENT_ID } from './client';
import { ShareControl } from './ShareControl';
import './flow.css';

/** Props of FlowBar. */
export interface FlowBarProps {
  edit: EditStart;
  /** Errors the format check finds (they block Trình duyệt). */
  errors: number;
  saveNow(): Promise<void>;
  /** Called after a step: the draft is opened again. */
  onStepped(): void;
  /** The draft's owner and sharing (the Chia sẻ control on the office server). */
  draft?: Pick<DraftSummary, 'owner' | 'shared'>;
}

/** The flow bar above the issue panel. */
export function FlowBar({ edit, errors, saveNow, onStepped, draft }: FlowBarProps) {
  const busy = useBusy();
  const actor = useLoad(() => window.vanthu.drafts.flowActor({}));
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const { flow, lease } = edit;
  const a = actor.data;
  // Until the user's roles are known the bar shows the state alone, on the same line, so the page below never jumps.
  if (!a) return <div className="flow-bar" aria-label="Duyệt dự thảo" data-flow-state={flow.state}><span className="flow-state" data-state={flow.state} role="status">{flow.label}</span></div>;
  const refusal = (step: FlowStep, text = '') => refusalOf(step, flow.state, a, text);
  const step = (s: FlowStep, text = '') => busy.run(FLOW_TRANSITIONS[s].label, async () => {
    if (s === 'submit') await saveNow();
    const r = await window.vanthu.drafts.flowStep({ id: flow.id, step: s, comment: text, client: WINDOW_CLIENT_ID });
    onStepped();
    return r;
  });
  const offered = (s: FlowStep) => refusal(s, 'x'.repeat(COMMENT_MIN)) === null;
  const readOnly = lease.held ? '' : 'Đang chỉ xem (người khác đang sửa).';
  const submitWhy = readOnly || (errors > 0 ? `Còn ${errors} lỗi thể thức (xem khung Kiểm tra thể thức) — sửa xong mới trình duyệt được.` : '');
  const returnWhy = refusal('return', comment);
  return (
    <div className="flow-bar" aria-label="Duyệt dự thảo" data-flow-state={flow.state}>
      <span className="flow-state" data-state={flow.state} role="status">{flow.label}</span>
      {offered('submit') && (
        <button type="button" className="primary" disabled={Boolean(submitWhy)} title={submitWhy || 'Gửi lãnh đạo văn phòng duyệt'} onClick={() => step('submit')}>Trình duyệt</button>
      )}
      {offered('approve') && <button type="button" className="primary" onClick={() => step('approve')}>Duyệt</button>}
      {offered('return') && !returning && <button type="button" className="secondary" onClick={() => setReturning(true)}>Trả lại…</button>}
      {offered('withdraw') && <button type="button" className="secondary" onClick={() => step('withdraw')}>Rút lại để sửa</button>}
      {flow.state === 'pending' && !offered('approve') && <span className="muted">Đang chờ lãnh đạo văn phòng duyệt; văn bản đang khóa.</span>}
      {returning && (
        <label className="flow-comment">Ý kiến trả lại (bắt buộc, người soạn sẽ thấy)
          <textarea aria-label="Ý kiến trả lại" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          <span>
            <button type="button" className="primary" disabled={Boolean(returnWhy)} title={returnWhy ?? undefined} onClick={() => step('return', comment)}>Trả lại</button>{' '}
            <button type="button" className="link" onClick={() => { setReturning(false); setComment(''); }}>Thôi</button>
            {returnWhy && comment.length > 0 && <span className="muted"> {returnWhy}</span>}
          </span>
        </label>
      )}
      {draft && <ShareControl key={flow.id} id={flow.id} owner={draft.owner} shared={draft.shared ?? false}
        person={{ user: a.user, roles: a.roles as RoleCode[], singleSeat: a.singleSeat }} />}
    </div>
  );
}
