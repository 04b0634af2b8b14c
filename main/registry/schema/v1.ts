/**
 * Schema version 1: organisations and signers, outgoing books with terms and per-type scopes,
 * the outgoing and incoming registers, attachments. Triggers make numbers immutable: a number is
 * never changed, an issued or cancelled row is never deleted, a cancelled number never revives.
 */
export const SCHEMA_V1 = `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY, symbol TEXT NOT NULL UNIQUE, data TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE signers (
  id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL, deputy INTEGER NOT NULL DEFAULT 0,
  UNIQUE (org_id, position));
CREATE TABLE out_books (
  id INTEGER PRIMARY KEY, issuer_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  default_scope TEXT CHECK (default_scope IN ('term', 'year', 'shared')),
  secret_separate INTEGER NOT NULL DEFAULT 0, closed INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE out_type_scopes (
  book_id INTEGER NOT NULL REFERENCES out_books(id), type_code TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('term', 'year', 'shared')), PRIMARY KEY (book_id, type_code));
CREATE TABLE terms (
  id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES out_books(id), name TEXT NOT NULL,
  start_date TEXT NOT NULL, end_date TEXT, CHECK (end_date IS NULL OR end_date >= start_date));
CREATE UNIQUE INDEX terms_one_open ON terms(book_id) WHERE end_date IS NULL;
CREATE TABLE out_floors (
  book_id INTEGER NOT NULL REFERENCES out_books(id), seq_code TEXT NOT NULL, period TEXT NOT NULL,
  last_used INTEGER NOT NULL CHECK (last_used >= 0), PRIMARY KEY (book_id, seq_code, period));
CREATE TABLE out_entries (
  id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES out_books(id),
  seq_code TEXT NOT NULL, period TEXT NOT NULL, serial INTEGER NOT NULL CHECK (serial >= 1),
  number TEXT NOT NULL, type_code TEXT NOT NULL, type_id TEXT, term_id INTEGER REFERENCES terms(id),
  doc_date TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', signer TEXT NOT NULL DEFAULT '',
  recipients TEXT NOT NULL DEFAULT '[]', secrecy TEXT NOT NULL DEFAULT '', urgency TEXT NOT NULL DEFAULT '',
  drafting_unit TEXT NOT NULL DEFAULT '', copies INTEGER, archive_holder TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('issued', 'reserved', 'cancelled')), cancel_reason TEXT,
  file_path TEXT, sha256 TEXT, search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
  CHECK (status <> 'cancelled' OR length(cancel_reason) > 0));
CREATE UNIQUE INDEX out_entries_number ON out_entries(book_id, seq_code, period, serial);
CREATE INDEX out_entries_date ON out_entries(doc_date);
CREATE TRIGGER out_entries_no_renumber BEFORE UPDATE OF book_id, seq_code, period, serial, number, type_code ON out_entries
BEGIN SELECT RAISE(ABORT, 'Không được sửa số và ký hiệu đã cấp.'); END;
CREATE TRIGGER out_entries_no_delete BEFORE DELETE ON out_entries WHEN OLD.status <> 'reserved'
BEGIN SELECT RAISE(ABORT, 'Không được xóa số đã cấp hoặc đã hủy khỏi sổ.'); END;
CREATE TRIGGER out_entries_cancel_final BEFORE UPDATE OF status ON out_entries WHEN OLD.status = 'cancelled'
BEGIN SELECT RAISE(ABORT, 'Số đã hủy không được dùng lại.'); END;
CREATE TABLE in_books (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('thuong', 'mat', 'don-thu')),
  year INTEGER NOT NULL, name TEXT NOT NULL, UNIQUE (kind, year));
CREATE TABLE in_entries (
  id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES in_books(id),
  serial INTEGER NOT NULL CHECK (serial >= 1), received_date TEXT NOT NULL, sender TEXT NOT NULL,
  sender_number TEXT NOT NULL DEFAULT '', doc_date TEXT NOT NULL DEFAULT '', type_name TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL, secrecy TEXT NOT NULL DEFAULT '', urgency TEXT NOT NULL DEFAULT '',
  routed_to TEXT NOT NULL DEFAULT '', deadline TEXT NOT NULL DEFAULT '', file_ref TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('chưa xử lý', 'đang xử lý', 'đã xử lý')),
  search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, UNIQUE (book_id, serial));
CREATE INDEX in_entries_received ON in_entries(received_date);
CREATE INDEX in_entries_open_deadline ON in_entries(deadline) WHERE status <> 'đã xử lý';
CREATE TRIGGER in_entries_no_renumber BEFORE UPDATE OF book_id, serial ON in_entries
BEGIN SELECT RAISE(ABORT, 'Không được sửa số đến đã ghi.'); END;
CREATE TRIGGER in_entries_no_delete BEFORE DELETE ON in_entries
BEGIN SELECT RAISE(ABORT, 'Không được xóa văn bản đến khỏi sổ.'); END;
CREATE TABLE in_attachments (
  id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES in_entries(id), original_name TEXT NOT NULL,
  stored_path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX in_attachments_entry ON in_attachments(entry_id);
`;
