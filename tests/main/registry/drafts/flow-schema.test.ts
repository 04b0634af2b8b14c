/**
 * Migration 6 (the office flow): an older register's drafts keep their state (a Trình ký draft waits
 * in Chờ cấp số, nothing is marked for review), the audit chain still verifies, the review history
 * cannot be edited even with a plain SQLite tool (its guard trigger comes back when dropped), and
 * the SQL CHECKs hold exactly the lists of common/rules/office-flow.ts. The migrations are SQLite's
 * (a file's `user_version`), so those tests stay on SQLite; the PostgreSQL schema (created whole at
 * version 2) gets the same guards and CHECKs, tested against a real server below.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_EVENTS, REVIEW_MARKS, singleSeatActor } from '../../../../common/rules/office-flow';
import { openRegistry, type RegistryService } from '../../../../main/registry/index';
import { LATEST_VERSION } from '../../../../main/registry/schema/migrations';
import { OFFICE_FLOW_V6 } from '../../../../main/registry/schema/office-flow-v6';
import { DRAFT_TABLES_POSTGRES } from '../../../../main/registry/schema/postgres/drafts';
import { useRegistryEngines } from '../engines';
import { rawSql } from './raw';
import { tmpDir } from '../helpers';
import { writeLegacyRegister } from '../legacy';

const engines = useRegistryEngines();
const open: RegistryService[] = [];
afterEach(() => { while (open.length) open.pop()!.close(); });

function reopen(file: string): RegistryService {
  const r = openRegistry(file, { user: 'kiem-thu', dailyBackup: false, backupOnClose: false });
  open.push(r);
  return r;
}

const quoted = (list: string) => [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]);

describe('schema version 6', () => {
  it('migrates an older register: drafts keep their state, the chain verifies', () => {
    const file = path.join(tmpDir(), 'vanthu.db');
    writeLegacyRegister(file);
    const db = new Database(file);
    db.prepare(`INSERT INTO drafts (id, template_id, title, title_folded, doc, status, created_at, updated_at)
      VALUES ('cu', 'nghi-quyet', 'Nghị quyết cũ', 'nghi quyet cu', '{}', 'submitted', '2021-01-01', '2021-01-01'),
             ('moi', 'ket-luan', 'Kết luận', 'ket luan', '{}', 'draft', '2021-01-01', '2021-01-01')`).run();
    db.close();
    const reg = reopen(file);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    check.close();
    expect(reg.draftFlow('cu')).toMatchObject({ state: 'approved', revision: 0, history: [] });
    expect(reg.draftFlow('moi').state).toBe('drafting');
    expect(reg.flowQueue(singleSeatActor('kiem-thu'), 'approved').map((q) => q.id)).toEqual(['cu']);
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('the review history cannot be edited; its dropped guard trigger comes back on open, audited', () => {
    const file = path.join(tmpDir(), 'vanthu.db');
    let reg = reopen(file);
    reg.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: {} });
    reg.flowTransition(singleSeatActor('kiem-thu'), 'd', 'submit');
    reg.close();
    open.length = 0;
    const db = new Database(file);
    expect(() => db.prepare("UPDATE draft_reviews SET comment = 'giả' WHERE draft_id = 'd'").run()).toThrow('Không được sửa lịch sử duyệt dự thảo.');
    expect(() => db.prepare("INSERT INTO draft_reviews (draft_id, at, user, action) VALUES ('d', 'x', 'y', 'return')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE drafts SET review = 'ok' WHERE id = 'd'").run()).toThrow(/CHECK/);
    db.exec('DROP TRIGGER draft_reviews_no_update');
    db.close();
    reg = reopen(file);
    expect(reg.auditLog({ entity: 'database' })[0]).toMatchObject({ action: 'db.triggers-restored', after: { restored: ['draft_reviews_no_update'] } });
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('the CHECKs of the migration hold the lists of common/rules/office-flow.ts', () => {
    expect(quoted(/CHECK \(review IN \(([^)]*)\)\)/.exec(OFFICE_FLOW_V6)![1])).toEqual([...REVIEW_MARKS]);
    expect(quoted(/CHECK \(action IN \(([^)]*)\)\)/.exec(OFFICE_FLOW_V6)![1])).toEqual([...REVIEW_EVENTS]);
  });
});

describe('the drafts schema on PostgreSQL', () => {
  it('keeps the review history unchangeable, an issued draft locked and the flow\'s CHECKs', () => {
    const { reg, location } = engines.fresh('postgres');
    reg.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: {} });
    reg.flowTransition(singleSeatActor('kiem-thu'), 'd', 'submit');
    const db = rawSql(location);
    try {
      expect(() => db.exec("UPDATE draft_reviews SET comment = 'giả' WHERE draft_id = 'd'")).toThrow('Không được sửa lịch sử duyệt dự thảo.');
      expect(() => db.exec(`INSERT INTO draft_reviews (draft_id, at, "user", action) VALUES ('d', 'x', 'y', 'return')`)).toThrow(/check/i);
      expect(() => db.exec("UPDATE drafts SET review = 'ok' WHERE id = 'd'")).toThrow(/check/i);
      expect(() => db.exec("UPDATE drafts SET shared = 2 WHERE id = 'd'")).toThrow(/check/i);
      db.exec("UPDATE drafts SET status = 'issued', registered_as = '01-NQ/TU' WHERE id = 'd'");
      expect(() => db.exec("UPDATE drafts SET doc = '{\"x\": 1}' WHERE id = 'd'")).toThrow('Văn bản đã cấp số và khóa; không sửa được nữa.');
    } finally {
      db.close();
    }
    expect(reg.draftFlow('d').history).toHaveLength(1);
  });

  it('a dropped guard of the drafts comes back when the registry is opened, audited', () => {
    const { reg, location, dataDir } = engines.fresh('postgres');
    reg.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: {} });
    reg.flowTransition(singleSeatActor('kiem-thu'), 'd', 'submit');
    reg.close();
    const db = rawSql(location);
    try {
      db.exec('DROP TRIGGER draft_reviews_no_update ON draft_reviews');
      db.exec("UPDATE draft_reviews SET comment = 'giả trước khi mở lại' WHERE draft_id = 'd'"); // unguarded meanwhile
      const again = engines.open(location, dataDir);
      expect(again.auditLog({ entity: 'database' })[0]).toMatchObject({ action: 'db.triggers-restored', after: { restored: ['draft_reviews_no_update'] } });
      expect(() => db.exec("UPDATE draft_reviews SET comment = 'giả' WHERE draft_id = 'd'")).toThrow('Không được sửa lịch sử duyệt dự thảo.');
      expect(again.auditVerify().ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('the CHECKs of the PostgreSQL tables hold the lists of common/rules/office-flow.ts', () => {
    const ddl = DRAFT_TABLES_POSTGRES.join('\n');
    expect(quoted(/CHECK \(review IN \(([^)]*)\)\)/.exec(ddl)![1])).toEqual([...REVIEW_MARKS]);
    expect(quoted(/CHECK \(action IN \(([^)]*)\)\)/.exec(ddl)![1])).toEqual([...REVIEW_EVENTS]);
  });
});
