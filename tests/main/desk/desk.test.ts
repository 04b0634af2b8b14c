/** The registry's desk part on both engines: address book, duplicates, routing, deadline queues, pages, search, stats, preview. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from '../registry/engines';

const engines = useRegistryEngines();

describe.each(ENGINES)('desk on %s', (engine) => {
  let r: RegistryService;
  beforeAll(() => {
    r = engines.fresh(engine).reg;
  });

  const add = (n: number, extra: Record<string, string> = {}) => r.addIncoming({
    receivedDate: '2026-03-10', sender: 'Văn phòng Tỉnh ủy Hà Nam', senderNumber: `${n}-CV/VPTU`, docDate: '2026-03-06',
    typeName: 'Công văn', summary: `Về việc chuyển đổi số trong cơ quan Đảng, đợt ${n}`, ...extra,
  });

  it('suggests senders by folded prefix or word, most used first', () => {
    r.desk.touchSender('Ban Tổ chức Tỉnh ủy');
    r.desk.touchSender('Ban Tuyên giáo Tỉnh ủy');
    r.desk.touchSender('Ban Tuyên giáo Tỉnh ủy');
    r.desk.touchSender('Văn phòng Trung ương Đảng', false);
    expect(r.desk.suggestSenders('ban tuy').map((a) => a.name)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(r.desk.suggestSenders('tinh uy').map((a) => a.name)).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy']);
    expect(r.desk.suggestSenders('vp trung').map((a) => a.name)).toEqual(['Văn phòng Trung ương Đảng']);
    expect(r.desk.suggestSenders('btc').map((a) => a.name)).toEqual(['Ban Tổ chức Tỉnh ủy']);
    expect(r.desk.suggestSenders('%')).toEqual([]);
  });

  it('flags an entry with the same sender number and date', () => {
    const a = add(88);
    expect(r.desk.duplicates('88-CV/VPTU', '2026-03-06').map((d) => d.id)).toEqual([a.id]);
    expect(r.desk.duplicates('88-CV/VPTU', '2026-03-07')).toEqual([]);
    expect(r.desk.duplicates('88-CV/VPTU', '2026-03-06', a.id)).toEqual([]);
  });

  it('routes with a deadline, then finds it overdue or due soon depending on today', () => {
    const e = add(89);
    const routed = r.desk.route(e.id, { unit: 'Ban Tổ chức', person: 'đ/c Lan', deadline: '2026-03-15' });
    expect(routed.status).toBe('đang xử lý');
    expect(routed.routedTo).toBe('Ban Tổ chức (đ/c Lan)');
    expect(r.desk.routes(e.id)).toHaveLength(1);
    expect(r.stamp(e.id).lines).toContain('Chuyển: Ban Tổ chức (đ/c Lan)');
    const soon = r.desk.queues({ today: '2026-03-13', soonDays: 3 });
    expect(soon.dueSoon.map((q) => q.id)).toContain(e.id);
    expect(soon.overdue).toEqual([]);
    const late = r.desk.queues({ today: '2026-03-20' });
    expect(late.overdue.map((q) => [q.id, q.unit, q.person, q.daysLeft])).toEqual([[e.id, 'Ban Tổ chức', 'đ/c Lan', -5]]);
    expect(late.counts).toEqual([{ unit: 'Ban Tổ chức', person: 'đ/c Lan', overdue: 1, dueSoon: 0 }]);
    expect(r.desk.queues({ today: '2026-03-20', unit: 'Ban Tuyên giáo' }).overdue).toEqual([]);
    r.desk.setStatus(e.id, 'đã xử lý');
    expect(r.desk.queues({ today: '2026-03-20' }).totals.overdue).toBe(0);
  });

  it('pages the incoming register newest first and searches without diacritics', () => {
    const page = r.desk.incomingPage({ offset: 0, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.rows[0].senderNumber).toBe('89-CV/VPTU');
    const hits = r.desk.search({ text: 'chuyen doi so dot 89' });
    expect(hits.map((h) => h.number)).toEqual(['89-CV/VPTU']);
    expect(r.desk.search({ text: 'chuyen', sender: 'Ban' })).toEqual([]);
  });

  it('counts for reports and previews the incoming book rows', () => {
    const s = r.desk.stats(2026, '2026-03-20');
    expect(s.byTypeMonth).toEqual([{ register: 'in', type: 'Công văn', month: 3, count: 2 }]);
    expect(s.inByUnit.find((u) => u.unit === 'Ban Tổ chức')?.count).toBe(1);
    const p = r.desk.printPreview('in', '2026-03-01', '2026-03-31');
    expect(p.columns[0]).toBe('Ngày đến');
    expect(p.rows.map((row) => row[1])).toEqual(['1', '2']);
    expect(p.rows[0][0]).toBe('10/03/2026');
  });

  it('refuses to rewrite the routing history', () => {
    expect(() => r.desk.route(1, {})).toThrow(/đơn vị hoặc người nhận/);
  });
});
