/**
 * The audit log: every write records time, user, action and before/after values. Rows are
 * append-only (triggers) and each carries sha256(previous hash + its own content), so editing or
 * removing a row breaks the chain and `verifyAudit` names the first broken row.
 */
import { createHash } from 'node:crypto';
import type { Db } from './db';
import { nowIso, stmt } from './sql';
import type { AuditEvent, AuditVerdict } from './types';

/** Hash that starts the chain. */
export const GENESIS = '0'.repeat(64);

/** One event to record. */
export interface AuditInput { user: string; action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown }

interface AuditRow { id: number; at: string; user: string; action: string; entity: string; entity_id: string; before: string | null; after: string | null; prev_hash: string; hash: string }

function digest(prev: string, r: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const body = JSON.stringify([r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after]);
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

/** Appends an event; call it inside the transaction of the write it records. */
export function appendAudit(db: Db, e: AuditInput): void {
  const last = stmt(db, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: nowIso(), user: e.user, action: e.action, entity: e.entity, entity_id: String(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
  };
  stmt(db, `INSERT INTO audit_log (at, user, action, entity, entity_id, before, after, prev_hash, hash)
    VALUES (@at, @user, @action, @entity, @entity_id, @before, @after, @prev, @hash)`)
    .run({ ...row, prev, hash: digest(prev, row) });
}

/** Walks the whole chain and recomputes every hash. */
export function verifyAudit(db: Db): AuditVerdict {
  let prev = GENESIS;
  let count = 0;
  for (const r of stmt(db, 'SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
    count++;
    if (r.prev_hash !== prev || digest(prev, r) !== r.hash) {
      return { ok: false, count, brokenAt: r.id, message: `Nhật ký bị sửa hoặc xóa tại mục số ${r.id}: chuỗi băm không khớp.` };
    }
    prev = r.hash;
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
