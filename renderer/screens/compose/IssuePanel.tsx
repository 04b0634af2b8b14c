/**
 * The issue flow of a draft: "Trình ký" (drafter, when the check finds no error; the editor locks
 * until "Rút lại để sửa" withdraws it), then "Cấp số & đăng ký" (clerk): next number or a reserved
 * one, the issue date, final DOCX (and PDF where LibreOffice exists) recorded in the outgoing
 * register, document locked; then the downloads.
 *
 * The issue date is the date the drafter set in the header; an undated draft gets today's date
 * (said so). When the clerk types another date, both dates are shown and the clerk confirms the
 * change; a date in the future is also confirmed. Every disabled button says why.
 *
 * Each action is shown only to the roles that may take it (common/rules/flow-actions.ts, read from
 * FLOW_ROLES): on the office server a chuyên viên gets no Trình ký (the lãnh đạo's step; they use
 * Trình duyệt above) and no Cấp số; a văn thư gets Cấp số & đăng ký. The single seat's user holds
 * every role, so nothing changes there. A hidden action is not rendered, so no key reaches it.
 */
import { useState } from 'react';
import type { DraftRecord, ProducedFile } from '../../../common/api';
import type { DraftMeta } from '../../../common/api/domains/editor';
import { civilOf, fromIsoDate, parseDate, shortDate, toIsoDate } from '../../../common/rules/date-line';
import type { Finding } from '../../../common/rules/check';
import { issueActionsOf } from '../../../common/rules/flow-actions';
import { mayTakeFlowAction } from '../../../common/rules/roles';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { useMe } from '../../app/use-me';

/** Props of IssuePanel. */
export interface IssuePanelProps {
  record: DraftRecord;
  meta: DraftMeta;
  findings: Finding[];
  saveNow(): Promise<void>;
  onIssued(record: DraftRecord, meta: DraftMeta): void;
}

/** The ISO date the drafter set in the header of a stored draft, or null when undated. */
export function draftHeaderDate(draft: unknown): string | null {
  const content = (draft as { doc?: { content?: { type: string; attrs?: { date?: unknown } }[] } })?.doc?.content ?? [];
  const date = content.find((c) => c.type === 'header')?.attrs?.date;
  return typeof date === 'string' && parseDate(date).ok ? date : null;
}

/** "05/09/2026" of an ISO date. */
function shown(iso: string): string {
  return shortDate(fromIsoDate(iso));
}

/** The desk's "today" (VANTHU_TODAY in tests), else the computer's date. */
async function todayOfDesk(): Promise<string> {
  try {
    return (await window.vanthu.registry.deskToday({})).today;
  } catch {
    return toIsoDate(civilOf(new Date()));
  }
}

/** What the date field holds and what the clerk must confirm before issuing. */
interface DatePlan { iso: string | null; error: string | null; changed: boolean; future: boolean }

function planDate(typed: string | null, drafter: string | null, today: string): DatePlan {
  const base = drafter ?? today;
  if (typed === null) return { iso: base, error: null, changed: false, future: base > today };
  if (!typed.trim()) return { iso: null, error: 'Ngày ban hành: chưa ghi ngày.', changed: false, future: false };
  const d = parseDate(typed);
  if (!d.ok) return { iso: null, error: `Ngày ban hành: ${d.message}`, changed: false, future: false };
  const iso = toIsoDate(d.value);
  return { iso, error: null, changed: iso !== base, future: iso > today };
}

/** The issue panel. */
export function IssuePanel({ record, meta, findings, saveNow, onIssued }: IssuePanelProps) {
  const busy = useBusy();
  const [typed, setTyped] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [reservation, setReservation] = useState('');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const me = useMe();
  const can = me ? issueActionsOf(me.roles, meta.status) : null; // nothing offered until the roles are known
  const numbering = Boolean(can?.number);
  const submitted = meta.status === 'submitted';
  const reserved = useLoad(() => (numbering ? window.vanthu.registry.listOutgoing({ status: 'reserved', limit: 100 }) : Promise.resolve(null)), [meta.status, numbering]);
  const dates = useLoad(async () => {
    if (!numbering) return null;
    const [rec, today] = await Promise.all([window.vanthu.drafts.get({ id: record.id }), todayOfDesk()]);
    return { drafter: draftHeaderDate(rec.draft), today };
  }, [meta.status, record.id, numbering]);
  const download = (f: ProducedFile) => busy.run('Tải tệp', () => window.vanthu.files.saveAs({ file: f.file, name: f.name }));
  const submit = (on: boolean) => busy.run(on ? 'Trình ký' : 'Rút trình ký', async () => {
    await saveNow();
    const m = await window.vanthu.drafts.submit({ id: record.id, submitted: on });
    onIssued(record, m);
  });
  const plan = dates.data ? planDate(typed, dates.data.drafter, dates.data.today) : null;
  const needsConfirm = Boolean(plan && (plan.changed || plan.future));
  const issue = () => busy.run('Cấp số và đăng ký', async () => {
    if (!plan?.iso) throw new Error(plan?.error ?? 'Ngày ban hành: chưa đọc được ngày của văn bản.');
    await saveNow();
    const r = await window.vanthu.drafts.issue({ id: record.id, date: plan.iso, ...(reservation ? { reservationId: Number(reservation) } : {}) });
    onIssued(r.record, { id: record.id, status: 'issued', registeredAs: r.row.number, files: [r.docx, ...(r.pdf ? [r.pdf] : [])] });
  });

  if (meta.status === 'issued') {
    return (
      <div className="compose-issue issued" aria-label="Văn bản đã ban hành">
        <span>Đã cấp số <strong data-number>{meta.registeredAs}</strong> và vào sổ văn bản đi; văn bản đã khóa.</span>
        {meta.files?.map((f) => (
          <button key={f.file} type="button" onClick={() => download(f)}>Tải {f.name.endsWith('.pdf') ? 'PDF' : 'DOCX'}</button>
        ))}
      </div>
    );
  }
  const blocked = errors > 0 ? `Còn ${errors} lỗi thể thức (xem khung Kiểm tra thể thức) — sửa xong mới trình ký, cấp số được.`
    : !plan ? 'Đang đọc ngày của văn bản…'
      : plan.error ? plan.error
        : needsConfirm && !confirmed ? 'Hãy đánh dấu ô xác nhận ngày ban hành ở trên rồi mới cấp số.' : '';
  if (!me || !can) return null;
  // A chuyên viên on the office server: Trình ký is the lãnh đạo's step; say where their own step is.
  const drafterOnly = !can.sign && meta.status === 'draft' && mayTakeFlowAction(me.roles, 'submit');
  return (
    <div className={`compose-issue ${meta.status}`} aria-label="Trình ký và cấp số" data-issue-actions={Object.keys(can).filter((k) => can[k as keyof typeof can]).join(' ')}>
      {errors > 0 && (can.sign || can.number) && <span className="error-text" id="issue-blocked-errors">Còn {errors} lỗi thể thức (xem khung Kiểm tra thể thức) — sửa xong mới trình ký, cấp số được.</span>}
      {drafterOnly && (
        <span className="muted" data-testid="issue-drafter-note">
          Bấm "Trình duyệt" ở trên để gửi lãnh đạo văn phòng duyệt; văn thư cấp số sau khi lãnh đạo duyệt. Trình ký thẳng để cấp số là việc của lãnh đạo văn phòng.
        </span>
      )}
      {can.sign && (
        <button type="button" disabled={errors > 0} title={errors > 0 ? blocked : undefined}
          aria-describedby={errors > 0 ? 'issue-blocked-errors' : undefined} onClick={() => submit(true)}>Trình ký</button>
      )}
      {submitted && (
        <strong className="compose-locked" role="status">
          {me.singleSeat ? 'Đã trình ký' : can.number ? 'Chờ cấp số' : 'Chờ văn thư cấp số'} — văn bản đang khóa
        </strong>
      )}
      {can.unsign && <button type="button" className="secondary" onClick={() => submit(false)}>Rút lại để sửa</button>}
      {can.number && (
        <>
          <label>Ngày ban hành{' '}
            <input aria-label="Ngày ban hành" aria-describedby="issue-date-note" size={10} disabled={!dates.data}
              value={typed ?? (plan?.iso ? shown(plan.iso) : '')}
              onChange={(e) => { setTyped(e.target.value); setConfirmed(false); }} />
          </label>
          <label>Số{' '}
            <select aria-label="Số dùng" value={reservation} onChange={(e) => setReservation(e.target.value)}>
              <option value="">Số kế tiếp trong sổ</option>
              {reserved.data?.rows.map((r) => <option key={r.id} value={r.id}>Số giữ chỗ {r.number}</option>)}
            </select>
          </label>
          <button type="button" disabled={Boolean(blocked)} title={blocked || undefined}
            aria-describedby={blocked ? 'issue-blocked' : undefined} onClick={issue}>Cấp số &amp; đăng ký</button>
          {plan && dates.data && <IssueDateNote plan={plan} drafter={dates.data.drafter} today={dates.data.today} confirmed={confirmed} onConfirm={setConfirmed} />}
          {blocked && errors === 0 && <span className="muted" id="issue-blocked" data-testid="issue-blocked">{blocked}</span>}
          {blocked && errors > 0 && <span hidden id="issue-blocked">{blocked}</span>}
        </>
      )}
    </div>
  );
}

/** The line under the date: whose date it is, both dates when the clerk changed it, and the confirmation. */
function IssueDateNote({ plan, drafter, today, confirmed, onConfirm }: {
  plan: DatePlan; drafter: string | null; today: string; confirmed: boolean; onConfirm(v: boolean): void;
}) {
  if (plan.error) return <span className="error-text" id="issue-date-note" role="alert">{plan.error}</span>;
  const source = drafter ? `Ngày người soạn đặt trên văn bản: ${shown(drafter)}.` : `Văn bản chưa ghi ngày — mặc định ngày hôm nay ${shown(today)}.`;
  if (!plan.changed && !plan.future) return <span className="muted" id="issue-date-note" data-testid="issue-date-note">{source}</span>;
  const asks = [
    plan.changed ? `Văn thư sửa ngày ban hành: ${drafter ? `ngày người soạn đặt ${shown(drafter)}` : `mặc định hôm nay ${shown(today)}`} → ngày sẽ ban hành ${shown(plan.iso!)}.` : source,
    plan.future ? `Ngày ban hành ${shown(plan.iso!)} ở tương lai (hôm nay ${shown(today)}).` : '',
  ].filter(Boolean).join(' ');
  return (
    <span className="issue-date-confirm" id="issue-date-note" data-testid="issue-date-note" role="alert">
      <span className="error-text">{asks}</span>{' '}
      <label><input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} /> Xác nhận ban hành ngày {shown(plan.iso!)}</label>
    </span>
  );
}
