/**
 * The audit log: every write records time, user, action and before/after values. Rows are
 * append-only (triggers). Each carries a hash of the previous hash and its own content: SHA-256 for
 * the events written before schema version 4, an HMAC-SHA256 under the database's secret key
 * (key.ts) after it. An event about a register row also carries the SHA-256 of the row it
 * leaves (rows.ts). `audit_head` holds the count and last hash, sealed with the key, updated
 * with every event. `verifyAudit` recomputes all of it and names the first entry that differs.
 *
 * Written on the store (docs/query-layer.md), the same on SQLite and PostgreSQL: every value hashed
 * is TEXT on both engines (times as ISO strings made here, before/after as the JSON text written
 * here), so a chain verifies the same way on either. On PostgreSQL the head row is locked
 * (SELECT … FOR UPDATE) before the next event is chained to it, so concurrent writers queue on it
 * and the ids of the log grow in the order of the chain. The functions take the registry's store or,
 * for the code not yet ported, an SQLite connection (its store over the same connection is used).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { sqliteStoreOf, type RegistryStore } from '../context';
import type { Db } from '../db';
import { auditKeyOf, mac } from './key';
import { auditedEntities, currentRowHash, firstRowDifference, type Recorded } from './rows';
import { RegistryError } from '../errors';
import { nowIso } from '../sql';
import type { AuditEvent, AuditVerdict } from '../types';

/** The schema version that brings the keyed chain: sealAudit runs in its migration's transaction. */
export const AUDIT_SEAL_VERSION = 4;

/** Hash that starts the chain. */
export const GENESIS = '0'.repeat(64);

/** One event to record. */
export interface AuditInput { user: string; action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown }

/** Where the audit log lives: the registry's store, or an SQLite connection of code not yet ported. */
export type AuditTarget = RegistryStore | Db;

interface AuditRow {
  id: number; at: string; user: string; action: string; entity: string; entity_id: string; before: string | null; after: string | null;
  prev_hash: string; hash: string; row_hash?: string | null;
}

interface Head { legacy_upto: number; count: number; last_id: number; last_hash: string; mac: string }

/** Rows of the log read at a time by verifyAudit. */
const PAGE = 2000;

/** The store of `target`. */
export function storeOf(target: AuditTarget): RegistryStore {
  return 'engine' in target ? target : sqliteStoreOf(target);
}

/** Hash of a pre-version-4 event: sha256(prev + "\n" + JSON[at, user, action, entity, id, before, after]). */
function legacyDigest(prev: string, r: AuditRow): string {
  const body = JSON.stringify([r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after]);
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

/** Hash of a keyed event: HMAC(key, prev + "\n" + JSON[at, user, action, entity, id, before, after, row hash]). */
function keyedDigest(key: Buffer, prev: string, r: AuditRow): string {
  return mac(key, `${prev}\n${JSON.stringify([r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after, r.row_hash ?? null])}`);
}

function headMac(key: Buffer, h: Omit<Head, 'mac'>): string {
  return mac(key, `head\n${JSON.stringify([h.legacy_upto, h.count, h.last_id, h.last_hash])}`);
}

/** Whether the database has the head table (a PostgreSQL registry always has: it starts at the keyed chain). */
function hasHeadTable(store: RegistryStore): boolean {
  if (store.engine === 'postgres') return true;
  return !!store.first(sql`SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = 'audit_head'`);
}

/** The head; with `lock`, locked until the transaction ends (PostgreSQL; SQLite's transaction already holds the file). */
function readHead(store: RegistryStore, lock = false): Head | undefined {
  const q = store.db.selectFrom('audit_head').select(['legacy_upto', 'count', 'last_id', 'last_hash', 'mac']).where('id', '=', 1);
  return store.first(lock && store.engine === 'postgres' ? q.forUpdate() : q);
}

function needKey(store: RegistryStore): Buffer {
  const key = auditKeyOf(store);
  if (!key) throw new RegistryError('invalid', 'Thiếu khóa bí mật của nhật ký (audit.key); không ghi được nhật ký.');
  return key;
}

function writeHead(store: RegistryStore, key: Buffer, h: Omit<Head, 'mac'>): void {
  store.run(store.db.insertInto('audit_head').values({ id: 1, ...h, mac: headMac(key, h) }).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
    legacy_upto: eb.ref('excluded.legacy_upto'), count: eb.ref('excluded.count'), last_id: eb.ref('excluded.last_id'),
    last_hash: eb.ref('excluded.last_hash'), mac: eb.ref('excluded.mac'),
  }))));
}

/** Whether the sealed head of the chain verifies with the connection's key (null: no head, a chain before schema 4). */
export function headVerifies(target: AuditTarget): boolean | null {
  const store = storeOf(target);
  const head = hasHeadTable(store) ? readHead(store) : undefined;
  if (!head) return null;
  const key = auditKeyOf(store);
  return !!key && headMac(key, head) === head.mac;
}

/** Appends an event; call it inside the transaction of the write it records (after the write). */
export function appendAudit(target: AuditTarget, e: AuditInput): void {
  const store = storeOf(target);
  const key = needKey(store);
  // Without its head (deleted behind vanthu's back) the chain goes on from its last event, and
  // verifyAudit keeps saying the head is missing: the head is never re-created, that would launder.
  const head = readHead(store, true);
  const row = {
    at: nowIso(), user: e.user, action: e.action, entity: e.entity, entity_id: String(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    row_hash: currentRowHash(store, e.entity, e.entityId) ?? null,
  };
  const last = head ? undefined : store.first(store.db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1));
  const prev = head ? head.last_hash : last?.hash ?? GENESIS;
  const hash = keyedDigest(key, prev, { ...row, id: 0, prev_hash: prev, hash: '' });
  const id = store.first(store.db.insertInto('audit_log').values({ ...row, prev_hash: prev, hash }).returning('id'))!.id;
  if (head) writeHead(store, key, { legacy_upto: head.legacy_upto, count: head.count + 1, last_id: id, last_hash: hash });
}

/**
 * Seals the chain of a database being migrated to version 4 (or a new PostgreSQL registry), inside
 * that migration's transaction (never later: a head deleted afterwards must not be re-created): the
 * events so far stay verified by the legacy formula up to `legacy_upto`, the head is written, and
 * one 'audit.seal' event per existing register row records that row's hash.
 */
export function sealAudit(target: AuditTarget, user = 'vanthu'): void {
  const store = storeOf(target);
  store.transaction(() => {
    if (readHead(store)) return;
    const key = needKey(store);
    const last = store.first(store.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1));
    const count = Number(store.first(store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
    writeHead(store, key, { legacy_upto: last?.id ?? 0, count, last_id: last?.id ?? 0, last_hash: last?.hash ?? GENESIS });
    for (const [entity, spec] of auditedEntities(store)) {
      const ids = store.all<{ id: number }>(sql`SELECT id FROM ${sql.table(spec.table)} ORDER BY id`).map((r) => r.id);
      for (const id of ids) appendAudit(store, { user, action: 'audit.seal', entity, entityId: id });
    }
  });
}

/** Every event of the log in id order, read a page at a time. */
function* auditRows(store: RegistryStore): Generator<AuditRow> {
  let after = -1;
  for (;;) {
    const page = store.all(store.db.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(PAGE)) as AuditRow[];
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/**
 * Walks the whole chain: recomputes every hash, checks the sealed head (count, last hash: a
 * truncated log is caught) and compares every register row with the hash its last event recorded.
 * Names the first entry that differs.
 */
export function verifyAudit(target: AuditTarget): AuditVerdict {
  const store = storeOf(target);
  if (store.engine === 'sqlite') return verifyChain(store);
  // One snapshot for the head, every page of the log and the rows, while other clients keep writing.
  return store.transaction(() => {
    store.run(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    return verifyChain(store);
  });
}

function verifyChain(store: RegistryStore): AuditVerdict {
  const keyed = hasHeadTable(store);
  const head = keyed ? readHead(store) : undefined;
  const key = auditKeyOf(store);
  const broken = (count: number, brokenAt: number, message: string): AuditVerdict => ({ ok: false, count, brokenAt, message });
  if (keyed && !head) return broken(0, 0, 'Nhật ký thiếu dấu đầu chuỗi (bảng audit_head đã bị xóa hoặc sửa): không còn xác nhận được nhật ký đầy đủ.');
  if (head && !key) return broken(0, 0, 'Không tìm thấy khóa bí mật của nhật ký (tệp audit.key trong thư mục dữ liệu): không kiểm tra được nhật ký. Hãy đặt lại đúng tệp audit.key của sổ này.');
  if (head && headMac(key!, head) !== head.mac) return broken(0, head.last_id, 'Dấu đầu chuỗi nhật ký (audit_head) đã bị sửa: mã xác thực không khớp.');
  const legacyUpto = head?.legacy_upto ?? Infinity;
  const recorded = new Map<string, Recorded>();
  const audited = new Map(auditedEntities(store));
  let prev = GENESIS;
  let count = 0;
  let lastId = 0;
  for (const r of auditRows(store)) {
    count++;
    const expected = r.id <= legacyUpto ? legacyDigest(prev, r) : keyedDigest(key!, prev, r);
    if (r.prev_hash !== prev || expected !== r.hash) {
      const why = r.prev_hash !== prev ? 'mục này không nối tiếp mục trước nó (mục trước đã bị xóa hoặc sửa)'
        : `chuỗi băm không khớp${r.id > legacyUpto ? ' (mã xác thực theo khóa của sổ không đúng)' : ''}`;
      return broken(count, r.id, `Nhật ký bị sửa hoặc xóa tại mục số ${r.id}: ${why}.`);
    }
    if (r.row_hash && audited.has(r.entity)) recorded.set(`${r.entity}:${r.entity_id}`, { hash: r.row_hash, eventId: r.id });
    prev = r.hash;
    lastId = r.id;
  }
  if (head && (count !== head.count || lastId !== head.last_id || prev !== head.last_hash)) {
    const message = count < head.count
      ? `Nhật ký bị cắt bớt: dấu đầu chuỗi ghi ${head.count} mục (đến mục số ${head.last_id}) nhưng chỉ còn ${count} mục; các mục sau mục số ${lastId} đã bị xóa.`
      : `Nhật ký không khớp với dấu đầu chuỗi: ghi ${head.count} mục (đến mục số ${head.last_id}), hiện có ${count} mục (đến mục số ${lastId}).`;
    return broken(count, count < head.count ? lastId + 1 : lastId, message);
  }
  if (head) {
    const diff = firstRowDifference(store, recorded);
    if (diff) return broken(count, diff.eventId, diff.message);
  }
  return { ok: true, count };
}

/** Lists audit events, newest first. */
export function listAudit(target: AuditTarget, opts: { entity?: string; entityId?: string; limit?: number } = {}): AuditEvent[] {
  const store = storeOf(target);
  let q = store.db.selectFrom('audit_log').selectAll();
  if (opts.entity != null) q = q.where('entity', '=', opts.entity);
  if (opts.entityId != null) q = q.where('entity_id', '=', opts.entityId);
  const rows = store.all(q.orderBy('id', 'desc').limit(opts.limit ?? 100)) as AuditRow[];
  return rows.map((r) => ({
    id: r.id, at: r.at, user: r.user, action: r.action, entity: r.entity, entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after), hash: r.hash,
  }));
}
