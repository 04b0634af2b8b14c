/**
 * The office flow on drafts (issue 14 item 4): Trình duyệt → Duyệt or Trả lại (with a comment) →
 * Cấp số, each allowed or refused by role and state, written to the review history and the audit
 * log naming the user; the single seat's Trình ký still goes straight to numbering. On both engines
 * (SQLite and a real PostgreSQL).
 */
import { describe, expect, it } from 'vitest';
import { singleSeatActor, type FlowActor } from '../../../../common/rules/office-flow';
import type { RegistryService } from '../../../../main/registry/index';
import { ENGINES, useRegistryEngines } from '../engines';
import { filledDraft } from '../../../helpers/filled-draft';

const engines = useRegistryEngines();

const A: FlowActor = { user: 'Nguyễn Văn A', roles: ['chuyen-vien'] };
const L: FlowActor = { user: 'Lê Thị Lãnh', roles: ['lanh-dao'] };
const V: FlowActor = { user: 'Phạm Văn Thư', roles: ['van-thu'] };

describe.each(ENGINES)('office flow transitions (%s)', (engine) => {
  function registry(): RegistryService {
    const { reg } = engines.fresh(engine);
    reg.drafts.create({ id: 'd1', templateId: 'nghi-quyet', title: 'Nghị quyết về công tác cán bộ', doc: { n: 1 } });
    return reg;
  }

  it('submit → return with comment → resubmit → approve, each in the history and the audit log by name', () => {
    const reg = registry();
    expect(reg.draftFlow('d1')).toMatchObject({ state: 'drafting', label: 'Đang soạn' });
    expect(reg.flowTransition(A, 'd1', 'submit')).toMatchObject({ state: 'pending', label: 'Chờ duyệt' });
    expect(reg.drafts.row('d1')?.status).toBe('submitted'); // locked while waiting
    expect(() => reg.drafts.save('d1', { title: 'x', doc: { n: 2 } }, 'none')).toThrow(/khóa/);
    expect(reg.flowQueue(L, 'pending').map((q) => [q.id, q.submittedBy])).toEqual([['d1', 'Nguyễn Văn A']]);

    const back = reg.flowTransition(L, 'd1', 'return', { comment: '  Sửa lại phần căn cứ, thiếu Điều lệ Đảng.  ' });
    expect(back).toMatchObject({ state: 'returned', label: 'Bị trả lại' });
    expect(back.history.at(-1)).toMatchObject({ user: 'Lê Thị Lãnh', action: 'return', comment: 'Sửa lại phần căn cứ, thiếu Điều lệ Đảng.' });
    const returned = reg.flowQueue(A, 'returned');
    expect(returned).toHaveLength(1);
    expect(returned[0].last).toMatchObject({ user: 'Lê Thị Lãnh', comment: 'Sửa lại phần căn cứ, thiếu Điều lệ Đảng.' });
    expect(reg.flowQueue({ user: 'Người khác', roles: ['chuyen-vien'] }, 'returned')).toEqual([]); // not theirs
    reg.drafts.save('d1', { title: 'Nghị quyết về công tác cán bộ', doc: { n: 3 } }, 'none'); // editable again

    reg.flowTransition(A, 'd1', 'submit');
    expect(reg.flowTransition(L, 'd1', 'approve')).toMatchObject({ state: 'approved', label: 'Chờ cấp số' });
    expect(reg.flowQueue(V, 'approved').map((q) => q.id)).toEqual(['d1']);
    expect(reg.flowQueue(L, 'pending')).toEqual([]);

    const audit = reg.auditLog({ entity: 'draft', entityId: 'd1' }).reverse();
    expect(audit.map((e) => [e.action, e.user])).toEqual([
      ['draft.submit-review', 'Nguyễn Văn A'], ['draft.return', 'Lê Thị Lãnh'],
      ['draft.submit-review', 'Nguyễn Văn A'], ['draft.approve', 'Lê Thị Lãnh'],
    ]);
    expect(JSON.stringify(audit[1].after)).toContain('Sửa lại phần căn cứ');
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('refuses a step to the wrong role or from the wrong state, in Vietnamese, and changes nothing', () => {
    const reg = registry();
    expect(() => reg.flowTransition(A, 'd1', 'approve')).toThrow('Chỉ lãnh đạo văn phòng được duyệt.');
    expect(() => reg.flowTransition(V, 'd1', 'submit')).toThrow('Chỉ chuyên viên được trình duyệt.');
    expect(() => reg.flowTransition(L, 'd1', 'approve')).toThrow(/dự thảo đang ở bước "Đang soạn"/);
    reg.flowTransition(A, 'd1', 'submit');
    expect(() => reg.flowTransition(L, 'd1', 'return', { comment: '  ' })).toThrow(/Trả lại: hãy ghi ý kiến/);
    expect(() => reg.flowTransition(A, 'd1', 'submit')).toThrow(/đang ở bước "Chờ duyệt"/);
    expect(() => reg.assertDraftNumberable(V, 'd1')).toThrow('Dự thảo đang chờ lãnh đạo văn phòng duyệt; chưa cấp số được.');
    expect(() => reg.flowTransition(A, 'nope', 'submit')).toThrow(/Không tìm thấy dự thảo/);
    expect(reg.draftFlow('d1').state).toBe('pending');
    expect(reg.auditLog({ entity: 'draft' }).map((e) => e.action)).toEqual(['draft.submit-review']);
    reg.flowTransition(L, 'd1', 'approve');
    expect(() => reg.assertDraftNumberable(A, 'd1')).toThrow('Chỉ văn thư được cấp số.');
    expect(() => reg.assertDraftNumberable(V, 'd1')).not.toThrow();
  });

  it('numbers an approved draft; a draft waiting for approval takes no number', async () => {
    const { reg } = engines.withTermBook(engine);
    reg.drafts.create({ id: 'd2', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: filledDraft('nghi-quyet') });
    reg.flowTransition(A, 'd2', 'submit');
    await expect(reg.registerDocument(JSON.stringify(filledDraft('nghi-quyet')), { draftId: 'd2', date: '2024-03-05' }))
      .rejects.toThrow(/chờ lãnh đạo văn phòng duyệt/);
    expect(reg.listOutgoing()).toHaveLength(0);
    reg.flowTransition(L, 'd2', 'approve');
    const e = await reg.registerDocument(JSON.stringify(filledDraft('nghi-quyet')), { draftId: 'd2', date: '2024-03-05' });
    expect(e.number).toBe('01-NQ/TU');
    expect(reg.draftFlow('d2')).toMatchObject({ state: 'issued', label: 'Đã cấp số' });
    expect(reg.flowQueue(V, 'approved')).toEqual([]);
  });

  it('single seat: Trình ký skips approval and goes to Chờ cấp số; the one user may also take every step', () => {
    const reg = registry();
    const me = singleSeatActor('kiem-thu');
    reg.drafts.setStatus('d1', 'submitted');
    expect(reg.draftFlow('d1').state).toBe('approved');
    expect(reg.flowQueue(me, 'approved').map((q) => [q.id, q.submittedBy])).toEqual([['d1', '']]);
    reg.drafts.setStatus('d1', 'draft');
    reg.flowTransition(me, 'd1', 'submit');
    reg.flowTransition(me, 'd1', 'approve');
    expect(() => reg.assertDraftNumberable(me, 'd1')).not.toThrow();
    expect(reg.auditLog({ entity: 'draft' }).reverse().map((e) => [e.action, e.user])).toEqual([
      ['draft.submit-sign', 'kiem-thu'], ['draft.withdraw-sign', 'kiem-thu'], ['draft.submit-review', 'kiem-thu'], ['draft.approve', 'kiem-thu'],
    ]);
  });

  it('Trình ký straight to numbering is the leader\'s (and the single seat\'s), not a chuyên viên\'s', () => {
    const reg = registry();
    expect(() => reg.signDraftAs(A, 'd1', true)).toThrow(/^Chỉ lãnh đạo văn phòng được trình ký thẳng để cấp số; chuyên viên hãy bấm "Trình duyệt"/);
    expect(reg.draftFlow('d1').state).toBe('drafting');
    expect(reg.signDraftAs(L, 'd1', true).status).toBe('submitted');
    expect(reg.draftFlow('d1').state).toBe('approved');
    expect(reg.auditLog({ entity: 'draft' })[0]).toMatchObject({ action: 'draft.submit-sign', user: 'Lê Thị Lãnh' });
  });

  it('two users on one database see the same queue and history', () => {
    const { location, dataDir } = engines.location(engine);
    const a = engines.open(location, dataDir, { user: A.user });
    const l = engines.open(location, dataDir, { user: L.user });
    a.drafts.create({ id: 'd3', templateId: 'ket-luan', title: 'Kết luận', doc: { n: 1 } });
    a.flowTransition(A, 'd3', 'submit');
    expect(l.flowQueue(L, 'pending').map((q) => q.id)).toEqual(['d3']);
    l.flowTransition(L, 'd3', 'return', { comment: 'Bổ sung nơi nhận.' });
    expect(a.flowQueue(A, 'returned')[0].last).toMatchObject({ user: L.user, action: 'return', comment: 'Bổ sung nơi nhận.' });
  });
});
