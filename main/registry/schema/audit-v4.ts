/**
 * Schema version 4 (keyed audit chain): each audit event may carry the SHA-256 of the register row
 * it leaves behind (`row_hash`), and `audit_head` keeps the count and last hash of the chain, sealed
 * with the database's secret key, updated in the transaction of every event — so deleting the
 * last events, rebuilding the chain without the key, or changing a register row directly is
 * detected by `verifyAudit`. Filling the head and sealing the rows already written needs the key,
 * which lives outside the database: audit.ts does it right after this migration (`sealAudit`).
 */
export const AUDIT_V4 = `
ALTER TABLE audit_log ADD COLUMN row_hash TEXT;
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1), legacy_upto INTEGER NOT NULL, count INTEGER NOT NULL,
  last_id INTEGER NOT NULL, last_hash TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'Dấu đầu chuỗi nhật ký không được xóa.'); END;
`;
