/**
 * Search gives the same entries on SQLite and on a real PostgreSQL: the shared fixture (150 rows with
 * Vietnamese text, đ/Đ, upper and lower case, one-letter words) is written into both, and every query
 * of FIXTURE_QUERIES (text, filters, small limits that cut the results) must return the same hits in
 * the same order on both engines.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../main/registry/context';
import { search } from '../../../main/registry/search';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { FIXTURE_QUERIES, loadSearchFixture } from './fixtures/search-fixture';
import { tmpDir } from './helpers';
import { registryCtx } from './incoming/open-ctx';
import path from 'node:path';

let pg: TestPostgres;
let lite: Ctx;
let post: Ctx;

beforeAll(async () => {
  pg = await startPostgres();
  const dir = tmpDir();
  lite = registryCtx(path.join(dir, 'vanthu.db'), dir);
  post = registryCtx(pg.url, tmpDir());
  loadSearchFixture(lite.store);
  loadSearchFixture(post.store);
}, 120_000);

afterAll(() => {
  lite?.store.close();
  post?.store.close();
  pg?.stop();
});

describe('search on SQLite and PostgreSQL: the same entries for the same data', () => {
  it.each(FIXTURE_QUERIES.map((q) => [JSON.stringify(q), q] as const))('%s', (_name, q) => {
    const onSqlite = search(lite, q);
    const onPostgres = search(post, q);
    expect(onPostgres).toEqual(onSqlite);
  });

  it('PostgreSQL has the trigram index of both registers', () => {
    const indexes = post.store.all<{ name: string }>(sql`SELECT indexname AS name FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY 1`);
    expect(indexes.map((i) => i.name)).toEqual(['in_entries_search', 'out_entries_search']);
  });

  it('the fixture gives the queries something to tell apart', () => {
    const count = (text: string, extra = {}) => search(lite, { text, ...extra }).length;
    // Word starts only: "an" finds the words "an", "anh"…, not the "an" inside "ban", "nhan".
    expect(count('an')).toBeGreaterThan(0);
    expect(count('an')).toBeLessThan(count('ban'));
    expect(count('d')).toBeGreaterThan(count('dang'));
    expect(count('dang', { limit: 5 })).toBe(10);
    expect(count('Đ/c')).toBeGreaterThan(0);
    expect(search(post, { text: '88-KL/TU' }).map((h) => h.number)).toEqual(expect.arrayContaining(['88-KL/TU']));
    expect(search(post, { text: 'Đảng' }).map((h) => h.id)).toEqual(search(post, { text: 'dang' }).map((h) => h.id));
  });
});
