/**
 * The audit log: every write records time, user, action and before/after values. Rows are
 * append-only (triggers). Each carries a hash of the previous hash and its own content: SHA-256 for
 * the events written before schema version 4, an HMAC-SHA256 under the database's secret key
 * (key.ts) after it. An event about a register row also carries the SHA-256 of the row it
 * leaves (rows.ts). `audit_head` holds the count and last hash, sealed with the key, updated
 * with every event. `verifyAudit` recomputes all of it and names the first entry that differs.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db';
import { auditKeyOf, mac } from './key';
import { AUDITED_ROWS, currentRowHash, firstRowDifference, type Recorded } from './rows';
import { RegistryError } from '../errors';
import { nowIso, stmt } from '../sql';
import type { AuditEvent, AuditVerdict } from '../types';

/** The schema version that brings the keyed chain: sealAudit runs in its migration's transaction. */
export const AUDIT_SEAL_VERSION = 4;

/** Hash that starts the chain. */
export const GENESIS = '0'.repeat(64);

/** One event to record. */
export interface AuditInput { user: string; action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown }

interface AuditRow {
  id: number; at: string; user: string; action: string; entity: string; entity_id: string; before: string | null; after: string | null;
  prev_hash: string; hash: string; row_hash?: string | null;
}

interface Head { legacy_upto: number; count: number; last_id: number; last_hash: string; mac: string }

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

function hasHeadTable(db: Db): boolean {
  return !!stmt(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_head'").get();
}

function readHead(db: Db): Head | undefined {
  return stmt(db, 'SELECT legacy_upto, count, last_id, last_hash, mac FROM audit_head WHERE id = 1').get() as Head | undefined;
}

function needKey(db: Db): Buffer {
  const key = auditKeyOf(db);
  if (!key) throw new RegistryError('invalid', 'Thiếu khóa bí mật của nhật ký (audit.key); không ghi được nhật ký.');
  return key;
}

function writeHead(db: Db, key: Buffer, h: Omit<Head, 'mac'>): void {
  stmt(db, `INSERT INTO audit_head (id, legacy_upto, count, last_id, last_hash, mac) VALUES (1, @legacy_upto, @count, @last_id, @last_hash, @mac)
    ON CONFLICT (id) DO UPDATE SET legacy_upto = excluded.legacy_upto, count = excluded.count, last_id = excluded.last_id,
    last_hash = excluded.last_hash, mac = excluded.mac`).run({ ...h, mac: headMac(key, h) });
}

/** Whether the sealed head of the chain verifies with the connection's key (null: no head, a chain before schema 4). */
export function headVerifies(db: Db): boolean | null {
  const head = hasHeadTable(db) ? readHead(db) : undefined;
  if (!head) return null;
  const key = auditKeyOf(db);
  return !!key && headMac(key, head) === head.mac;
}

/** Appends an event; call it inside the transaction of the write it records (after the write). */
export function appendAudit(db: Db, e: AuditInput): void {
  const key = needKey(db);
  // Without its head (deleted behind vanthu's back) the chain goes on from its last event, and
  // verifyAudit keeps saying the head is missing: the head is never re-created, that would launder.
  const head = readHead(db);
  const row = {
    at: nowIso(), user: e.user, action: e.action, entity: e.entity, entity_id: String(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    row_hash: currentRowHash(db, e.entity, e.entityId) ?? null,
  };
  const last = head ? undefined : stmt(db, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = head ? head.last_hash : last?.hash ?? GENESIS;
  const hash = keyedDigest(key, prev, { ...row, id: 0, prev_hash: prev, hash: '' });
  const id = Number(stmt(db, `INSERT INTO audit_log (at, user, action, entity, entity_id, before, after, prev_hash, hash, row_hash)
    VALUES (@at, @user, @action, @entity, @entity_id, @before, @after, @prev, @hash, @row_hash)`)
    .run({ ...row, prev, hash }).lastInsertRowid);
  if (head) writeHead(db, key, { legacy_upto: head.legacy_upto, count: head.count + 1, last_id: id, last_hash: hash });
}

/**
 * Seals the chain of a database being migrated to version 4, inside that migration's transaction
 * (never later: a head deleted afterwards must not be re-created): the events so far stay verified
 * by the legacy formula up to `legacy_upto`, the head is written, and one 'audit.seal' event per
 * existing register row records that row's hash.
 */
export function sealAudit(db: Db, user = 'vanthu'): void {
  db.transaction(() => {
    if (readHead(db)) return;
    const key = needKey(db);
    const last = stmt(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    const count = (stmt(db, 'SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    writeHead(db, key, { legacy_upto: last?.id ?? 0, count, last_id: last?.id ?? 0, last_hash: last?.hash ?? GENESIS });
    for (const [entity, spec] of Object.entries(AUDITED_ROWS)) {
      const ids = db.prepare(`SELECT id FROM ${spec.table} ORDER BY id`).pluck().all() as number[];
      for (const id of ids) appendAudit(db, { user, action: 'audit.seal', entity, entityId: id });
    }
  })();
}

/**
 * Walks the whole chain: recomputes every hash, checks the sealed head (count, last hash: a
 * truncated log is caught) and compares every register row with the hash its last event recorded.
 * Names the first entry that differs.
 */
export function verifyAudit(db: Db): AuditVerdict {
  const keyed = hasHeadTable(db);
  const head = keyed ? readHead(db) : undefined;
  const key = auditKeyOf(db);
  const broken = (count: number, brokenAt: number, message: string): AuditVerdict => ({ ok: false, count, brokenAt, message });
  if (keyed && !head) return broken(0, 0, 'Nhật ký thiếu dấu đầu chuỗi (bảng audit_head đã bị xóa hoặc sửa): không còn xác nhận được nhật ký đầy đủ.');
  if (head && !key) return broken(0, 0, 'Không tìm thấy khóa bí mật của nhật ký (tệp audit.key trong thư mục dữ liệu): không kiểm tra được nhật ký. Hãy đặt lại đúng tệp audit.key của sổ này.');
  if (head && headMac(key!, head) !== head.mac) return broken(0, head.last_id, 'Dấu đầu chuỗi nhật ký (audit_head) đã bị sửa: mã xác thực không khớp.');
  const legacyUpto = head?.legacy_upto ?? Infinity;
  const recorded = new Map<string, Recorded>();
  let prev = GENESIS;
  let count = 0;
  let lastId = 0;
  for (const r of stmt(db, 'SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
    count++;
    const expected = r.id <= legacyUpto ? legacyDigest(prev, r) : keyedDigest(key!, prev, r);
    if (r.prev_hash !== prev || expected !== r.hash) {
      const why = r.prev_hash !== prev ? 'mục này không nối tiếp mục trước nó (mục trước đã bị xóa hoặc sửa)'
        : `chuỗi băm không khớp${r.id > legacyUpto ? ' (mã xác thực theo khóa của sổ không đúng)' : ''}`;
      return broken(count, r.id, `Nhật ký bị sửa hoặc xóa tại mục số ${r.id}: ${why}.`);
    }
    if (r.row_hash && AUDITED_ROWS[r.entity]) recorded.set(`${r.entity}:${r.entity_id}`, { hash: r.row_hash, eventId: r.id });
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
    const diff = firstRowDifference(db, recorded);
    if (diff) return broken(count, diff.eventId, diff.message);
  }
  return { ok: true, count };
}

/** Lists audit events, newest first. */
export function listAudit(db: Db, opts: { entity?: string; entityId?: string; limit?: number } = {}): AuditEvent[] {
  const rows = stmt(db, `SELECT * FROM audit_log WHERE (@entity IS NULL OR entity = @entity)
    AND (@entityId IS NULL OR entity_id = @entityId) ORDER BY id DESC LIMIT @limit`)
    .all({ entity: opts.entity ?? null, entityId: opts.entityId ?? null, limit: opts.limit ?? 100 }) as AuditRow[];
  return rows.map((r) => ({
    id: r.id, at: r.at, user: r.user, action: r.action, entity: r.entity, entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after), hash: r.hash,
  }));
}
