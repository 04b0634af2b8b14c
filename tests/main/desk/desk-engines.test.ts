/**
 * The desk on SQLite and on a real PostgreSQL, compared on one fixture: the shared search fixture
 * (tests/main/registry/fixtures/search-fixture.ts, 150 rows) is written into both, a few entries are
 * routed the same way on both, and the desk's search (every query of FIXTURE_QUERIES, plus sender
 * filters), deadline queues, report figures and pages must answer alike, in the same order. Then the
 * desk's own tables: stamp settings, the routing history's guards (no change, no deletion, on both
 * engines; no TRUNCATE on PostgreSQL) and the PostgreSQL tables of schema version 2.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../main/registry/context';
import { incomingPage, outgoingPage } from '../../../main/registry/desk/pages';
import { deadlineQueues } from '../../../main/registry/desk/queues';
import { routeIncoming } from '../../../main/registry/desk/routing';
import { deskSearch, type DeskSearchQuery } from '../../../main/registry/desk/search';
import { setStampPlace, setStampSize, stampPlace, stampSize } from '../../../main/registry/desk/stamp-places';
import { deskStats } from '../../../main/registry/desk/stats';
import { DESK_TABLES_POSTGRES } from '../../../main/registry/schema/postgres/desk';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { FIXTURE_QUERIES, loadSearchFixture } from '../registry/fixtures/search-fixture';
import { tmpDir } from '../registry/helpers';
import { registryCtx } from '../registry/incoming/open-ctx';

let pg: TestPostgres;
let lite: Ctx;
let post: Ctx;
const both = () => [lite, post];

beforeAll(async () => {
  pg = await startPostgres();
  const dir = tmpDir();
  lite = registryCtx(path.join(dir, 'vanthu.db'), dir);
  post = registryCtx(pg.url, tmpDir());
  for (const ctx of both()) {
    loadSearchFixture(ctx.store);
    routeIncoming(ctx, 3, { unit: 'Ban Tổ chức', person: 'đ/c Lan', deadline: '2024-06-10' });
    routeIncoming(ctx, 3, { unit: 'Ban Tuyên giáo', deadline: '2024-06-12', note: 'Chuyển lại' });
    routeIncoming(ctx, 8, { person: 'đ/c Bí thư', deadline: '2021-05-01' });
    routeIncoming(ctx, 21, { unit: 'Văn phòng', deadline: '2024-06-09' });
  }
}, 120_000);

afterAll(() => {
  lite?.store.close();
  post?.store.close();
  pg?.stop();
});

const DESK_QUERIES: DeskSearchQuery[] = [
  ...FIXTURE_QUERIES.filter((q) => !q.overdue).map(({ overdue: _o, ...q }) => ({ ...q, text: q.text ?? '' })),
  { text: '', sender: 'Ban' }, { text: 'dang', sender: 'ban tổ' }, { text: '', sender: 'HUYỆN' }, { text: 'chuyen lai' },
];

describe('the desk on SQLite and PostgreSQL: the same answers for the same data', () => {
  it.each(DESK_QUERIES.map((q) => [JSON.stringify(q), q] as const))('search %s', (_name, q) => {
    expect(deskSearch(post, q)).toEqual(deskSearch(lite, q));
  });

  it('search finds something to compare, and explains hits by hidden fields', () => {
    expect(deskSearch(lite, { text: 'dang' }).length).toBeGreaterThan(10);
    expect(deskSearch(lite, { text: '', sender: 'Ban' }).every((h) => h.register === 'in')).toBe(true);
    expect(deskSearch(post, { text: 'ban to chuc', register: 'in' }).some((h) => h.also?.some((a) => a.label === 'Chuyển'))).toBe(true);
  });

  it('deadline queues, with the last route of each entry', () => {
    for (const today of ['2021-04-30', '2024-06-08', '2024-06-11', '2025-01-01']) {
      const q = deadlineQueues(lite, { today, soonDays: 5 });
      expect(deadlineQueues(post, { today, soonDays: 5 })).toEqual(q);
      expect(deadlineQueues(post, { today, unit: 'Ban Tuyên giáo' })).toEqual(deadlineQueues(lite, { today, unit: 'Ban Tuyên giáo' }));
    }
    const q = deadlineQueues(post, { today: '2024-06-11', soonDays: 5 });
    expect(q.dueSoon.find((r) => r.id === 3)).toMatchObject({ unit: 'Ban Tuyên giáo', person: '', daysLeft: 1 });
    expect(q.counts.length).toBeGreaterThan(1);
  });

  it('report figures and register pages', () => {
    for (const year of [2021, 2023, 2024]) expect(deskStats(post, year, '2024-06-11')).toEqual(deskStats(lite, year, '2024-06-11'));
    const s = deskStats(post, 2024, '2024-06-11');
    expect(s.byTypeMonth.length).toBeGreaterThan(3);
    expect(s.inByUnit.find((u) => u.unit === 'Ban Tuyên giáo')?.count).toBeGreaterThan(0);
    for (const q of [{ offset: 0, limit: 10 }, { offset: 95, limit: 10 }, { offset: 0, limit: 5, bookId: 3, status: 'đã xử lý' }]) {
      expect(incomingPage(post, q)).toEqual(incomingPage(lite, q));
    }
    for (const q of [{ offset: 0, limit: 10 }, { offset: 5, limit: 20, status: 'cancelled' }, { offset: 0, limit: 50, from: '2022-01-01' }]) {
      expect(outgoingPage(post, q)).toEqual(outgoingPage(lite, q));
    }
  });
});

describe.each(['sqlite', 'postgres'] as const)('the desk tables on %s', (engine) => {
  const ctx = () => (engine === 'sqlite' ? lite : post);

  it('keeps the stamp size and an attachment\'s stamp place, and forgets them', () => {
    expect(stampSize(ctx())).toBeNull();
    setStampSize(ctx(), { widthMm: 60, heightMm: 32 });
    setStampSize(ctx(), { widthMm: 62, heightMm: 30 });
    expect(stampSize(ctx())).toEqual({ widthMm: 62, heightMm: 30 });
    setStampSize(ctx(), null);
    expect(stampSize(ctx())).toBeNull();
    expect(() => setStampPlace(ctx(), 999, { xMm: 10, yMm: 20 })).toThrow(/Không có tệp đính kèm mã 999/);
    expect(stampPlace(ctx(), 999)).toBeNull();
  });

  it('refuses to change or delete the routing history', () => {
    const s = ctx().store;
    expect(() => s.run(s.db.updateTable('in_routes').set({ unit: 'Khác' }).where('entry_id', '=', 3))).toThrow(/Không được sửa lịch sử chuyển văn bản/);
    expect(() => s.run(s.db.deleteFrom('in_routes').where('entry_id', '=', 3))).toThrow(/Không được xóa lịch sử chuyển văn bản/);
    if (engine === 'postgres') expect(() => s.run(sql`TRUNCATE in_routes`)).toThrow(/Không được xóa lịch sử chuyển văn bản/);
    expect(s.all(s.db.selectFrom('in_routes').select('unit').where('entry_id', '=', 3).orderBy('id')).map((r) => r.unit))
      .toEqual(['Ban Tổ chức', 'Ban Tuyên giáo']);
  });
});

describe('the desk tables on PostgreSQL (schema version 2)', () => {
  it('are all there, with the CHECKs of SQLite', () => {
    const tables = post.store.all<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() ORDER BY 1`).map((t) => t.name);
    const desk = DESK_TABLES_POSTGRES.map((d) => /^CREATE TABLE (\w+)/.exec(d)?.[1]).filter(Boolean);
    expect(desk).toEqual(['settings', 'organisations', 'signers', 'address_book', 'in_routes', 'recipient_entries', 'recipient_groups',
      'recipient_group_members', 'recipient_defaults', 'recipient_sync', 'recipient_counted']);
    expect(tables).toEqual(expect.arrayContaining(desk as string[]));
    const s = post.store;
    expect(() => s.run(s.db.insertInto('in_routes').values({ entry_id: 1, routed_at: '2024-01-01' }))).toThrow(/in_routes_check|check constraint/);
    expect(() => s.run(s.db.insertInto('recipient_entries').values({ text: 'X', folded: 'x', source: 'khac' as never, updated_at: '' })))
      .toThrow(/check constraint/);
    expect(() => s.run(s.db.insertInto('recipient_defaults').values({ type_id: 'ket-luan', position: 0, group_id: null, entry_id: null })))
      .toThrow(/check constraint/);
  });
});
