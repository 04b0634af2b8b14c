/**
 * Schema version 2 (the clerk's desk): the address book of sender bodies (autocomplete), the routing
 * history of incoming documents (to a unit and/or a person, with a handling deadline), and indexes
 * for duplicate detection and the deadline queues.
 */
export const DESK_V2 = `
CREATE TABLE address_book (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, folded TEXT NOT NULL,
  uses INTEGER NOT NULL DEFAULT 0, last_used TEXT NOT NULL DEFAULT '');
CREATE TABLE in_routes (
  id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES in_entries(id),
  unit TEXT NOT NULL DEFAULT '', person TEXT NOT NULL DEFAULT '', deadline TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '', routed_at TEXT NOT NULL, CHECK (unit <> '' OR person <> ''));
CREATE INDEX in_routes_entry ON in_routes(entry_id, id);
CREATE INDEX in_entries_sender_no ON in_entries(sender_number, doc_date);
CREATE INDEX in_entries_status ON in_entries(status);
CREATE TRIGGER in_routes_no_change BEFORE UPDATE ON in_routes
BEGIN SELECT RAISE(ABORT, 'Không được sửa lịch sử chuyển văn bản.'); END;
CREATE TRIGGER in_routes_no_delete BEFORE DELETE ON in_routes
BEGIN SELECT RAISE(ABORT, 'Không được xóa lịch sử chuyển văn bản.'); END;
`;
