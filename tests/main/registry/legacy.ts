/** A register as vanthu wrote it before the keyed audit chain (schema 3, SHA-256 chain), for migration and restore tests. */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS } from '../../../main/registry/schema/migrations';

/** Writes at `file` a schema-3 register: book TU, numbers 01 and 02 of NQ, three audit events chained with SHA-256. */
export function writeLegacyRegister(file: string): void {
  const db = new Database(file);
  for (const sql of MIGRATIONS.slice(0, 3)) db.exec(sql);
  db.pragma('user_version = 3');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec(`INSERT INTO out_books (id, issuer_code, name, created_at) VALUES (1, 'TU', 'Tỉnh ủy', '2021-01-01');
    INSERT INTO out_entries (book_id, seq_code, period, serial, number, type_code, doc_date, status, created_at)
    VALUES (1, 'NQ', 'Y2021', 1, '01-NQ/TU', 'NQ', '2021-03-06', 'issued', '2021-03-06'),
           (1, 'NQ', 'Y2021', 2, '02-NQ/TU', 'NQ', '2021-03-07', 'issued', '2021-03-07');`);
  let prev = '0'.repeat(64);
  for (const [i, action] of ['book.create', 'out.register', 'out.register'].entries()) {
    const r = { at: `2021-03-0${i + 5}T00:00:00.000Z`, user: 'cu', action, entity: i ? 'out_entry' : 'out_book', entity_id: String(i || 1), before: null, after: '{}' };
    const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify([r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after])).digest('hex');
    db.prepare('INSERT INTO audit_log (at, user, action, entity, entity_id, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after, prev, hash);
    prev = hash;
  }
  db.close();
}
