/**
 * Who sees which draft on the office server (issue 14 item 3), on both engines: each registry call
 * runs for the signed-in person with their roles (`asUser`, as main/services/registry.ts does). A
 * chuyên viên sees their own drafts, the shared ones and those without a recorded owner; another's
 * unshared draft is left out of lists and queues and refused, in Vietnamese, when opened, saved or
 * moved along the flow. A lãnh đạo sees the drafts submitted for review, a văn thư the approved and
 * issued ones, a quản trị (and the single seat, outside `asUser`) every draft.
 */
import { describe, expect, it } from 'vitest';
import type { FlowActor } from '../../../../common/rules/office-flow';
import { asUser } from '../../../../main/registry/acting-user';
import type { RegistryService } from '../../../../main/registry/index';
import { ENGINES, useRegistryEngines } from '../engines';
import { rawSql } from './raw';

const engines = useRegistryEngines();

const A: FlowActor = { user: 'nguyen.van.a', roles: ['chuyen-vien'] };
const B: FlowActor = { user: 'tran.thi.b', roles: ['chuyen-vien'] };
const L: FlowActor = { user: 'le.lanh', roles: ['lanh-dao'] };
const V: FlowActor = { user: 'pham.thu', roles: ['van-thu'] };
const Q: FlowActor = { user: 'quan.tri', roles: ['quan-tri'] };

/** Runs `fn` as `who` (the office server's request of that person). */
const as = <T>(who: FlowActor, fn: () => T): T => asUser(who.user, fn, who.roles);

describe.each(ENGINES)('who sees which draft (%s)', (engine) => {
  function office(): RegistryService {
    const { reg } = engines.fresh(engine);
    as(A, () => reg.drafts.create({ id: 'a1', templateId: 'nghi-quyet', title: 'Nghị quyết của A', doc: { n: 1 } }));
    as(A, () => reg.drafts.create({ id: 'a2', templateId: 'ket-luan', title: 'Kết luận của A', doc: { n: 2 } }));
    as(B, () => reg.drafts.create({ id: 'b1', templateId: 'thong-bao', title: 'Thông báo của B', doc: { n: 3 } }));
    return reg;
  }
  const ids = (reg: RegistryService, who: FlowActor) => as(who, () => reg.drafts.list().map((d) => d.id).sort());

  it('a chuyên viên sees own and shared drafts; another\'s unshared draft is refused in Vietnamese', () => {
    const reg = office();
    expect(reg.drafts.row('a1')).toMatchObject({ owner: A.user, shared: false });
    expect(ids(reg, A)).toEqual(['a1', 'a2']);
    expect(ids(reg, B)).toEqual(['b1']);
    const refusal = 'Dự thảo "Nghị quyết của A" là của nguyen.van.a và chưa được chia sẻ; bạn không xem hoặc sửa được. Hãy đề nghị người soạn chia sẻ dự thảo.';
    expect(() => as(B, () => reg.drafts.get('a1'))).toThrow(refusal);
    expect(() => as(B, () => reg.drafts.save('a1', { title: 'x', doc: { n: 9 } }, 'auto'))).toThrow(refusal);
    expect(() => as(B, () => reg.drafts.versions('a1'))).toThrow(refusal);
    expect(() => as(B, () => reg.acquireDraftLease('a1', 'cua-so-b'))).toThrow(refusal);
    expect(() => as(B, () => reg.flowTransition(B, 'a1', 'submit'))).toThrow(refusal);
    expect(() => as(B, () => reg.drafts.trash('a1'))).toThrow(refusal);
    try {
      as(B, () => reg.drafts.get('a1'));
    } catch (e) {
      expect((e as { code?: string }).code).toBe('forbidden');
    }
    expect(reg.drafts.get('a1')?.doc).toEqual({ n: 1 }); // nothing changed
    // Only the owner (or a quản trị) shares it; then B sees it, opens it and may save it.
    expect(() => as(B, () => reg.drafts.share('a1', true))).toThrow(refusal);
    expect(as(A, () => reg.drafts.share('a1', true))).toMatchObject({ shared: true });
    expect(ids(reg, B)).toEqual(['a1', 'b1']);
    expect(as(B, () => reg.drafts.save('a1', { title: 'Nghị quyết của A', doc: { n: 10 } }, 'none')).row.id).toBe('a1');
    expect(reg.auditLog({ entity: 'draft', entityId: 'a1' })[0]).toMatchObject({ action: 'draft.share', user: A.user });
    expect(() => as(B, () => reg.drafts.share('a1', false))).toThrow(/^Chỉ người soạn \(nguyen\.van\.a\) hoặc quản trị được chia sẻ dự thảo/);
  });

  it('a lãnh đạo sees the drafts submitted for review, a văn thư the approved ones, a quản trị and the single seat all', () => {
    const reg = office();
    expect(ids(reg, L)).toEqual([]);
    expect(() => as(L, () => reg.drafts.get('a1'))).toThrow('Dự thảo "Nghị quyết của A" đang ở bước "Đang soạn"; Lãnh đạo văn phòng xem dự thảo đã được trình duyệt, nên bạn chưa xem được.');
    as(A, () => reg.flowTransition(A, 'a1', 'submit'));
    expect(ids(reg, L)).toEqual(['a1']);
    expect(as(L, () => reg.flowQueue(L, 'pending')).map((q) => q.id)).toEqual(['a1']);
    expect(ids(reg, V)).toEqual([]);
    expect(as(V, () => reg.flowQueue(V, 'approved'))).toEqual([]);
    expect(() => as(V, () => reg.draftFlow('a1'))).toThrow(/đang ở bước "Chờ duyệt"; Văn thư xem dự thảo đã được duyệt để cấp số/);
    as(L, () => reg.flowTransition(L, 'a1', 'approve'));
    expect(ids(reg, V)).toEqual(['a1']);
    expect(as(V, () => reg.flowQueue(V, 'approved')).map((q) => q.id)).toEqual(['a1']);
    expect(ids(reg, Q)).toEqual(['a1', 'a2', 'b1']);
    expect(reg.drafts.list().map((d) => d.id).sort()).toEqual(['a1', 'a2', 'b1']); // the single seat
    // Two roles: what either allows.
    expect(ids(reg, { user: 'ca.hai', roles: ['van-thu', 'lanh-dao'] })).toEqual(['a1']);
    expect(ids(reg, { user: 'nguyen.van.a', roles: ['van-thu', 'chuyen-vien'] })).toEqual(['a1', 'a2']);
  });

  it('drafts written before owners were kept (no owner) are seen by every chuyên viên; the single seat records its user', () => {
    const { reg, location } = engines.fresh(engine);
    reg.drafts.create({ id: 'cu', templateId: 'nghi-quyet', title: 'Dự thảo cũ', doc: { n: 0 } });
    expect(reg.drafts.row('cu')).toMatchObject({ owner: 'kiem-thu', shared: false });
    expect(ids(reg, B)).toEqual([]);
    const db = rawSql(location);
    db.exec("UPDATE drafts SET owner = '' WHERE id = 'cu'"); // as migration 7 leaves the drafts written before it
    db.close();
    expect(ids(reg, A)).toEqual(['cu']);
    expect(ids(reg, B)).toEqual(['cu']);
  });
});
