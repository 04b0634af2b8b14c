/**
 * Schema version 5: the Nơi nhận address book of outgoing documents. Lines a clerk writes under
 * "Nơi nhận:" (filled from the organisation profile and the recipients of issued documents), named
 * groups of lines with their purpose ("để báo cáo"), and per document type the default Nơi nhận
 * (groups and single lines, in order) a new draft of that type starts with. recipient_sync keeps a
 * digest of the profile's lines already taken; recipient_counted the issued entries already counted.
 */
export const RECIPIENTS_V5 = `
CREATE TABLE recipient_entries (
  id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, folded TEXT NOT NULL,
  uses INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL CHECK (source IN ('org', 'register', 'user')),
  updated_at TEXT NOT NULL);
CREATE TABLE recipient_groups (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, purpose TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
CREATE TABLE recipient_group_members (
  group_id INTEGER NOT NULL REFERENCES recipient_groups(id) ON DELETE CASCADE,
  entry_id INTEGER NOT NULL REFERENCES recipient_entries(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, PRIMARY KEY (group_id, entry_id));
CREATE TABLE recipient_defaults (
  type_id TEXT NOT NULL, position INTEGER NOT NULL,
  group_id INTEGER REFERENCES recipient_groups(id) ON DELETE CASCADE,
  entry_id INTEGER REFERENCES recipient_entries(id) ON DELETE CASCADE,
  PRIMARY KEY (type_id, position), CHECK ((group_id IS NULL) <> (entry_id IS NULL)));
CREATE TABLE recipient_sync (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE recipient_counted (out_id INTEGER PRIMARY KEY);
`;
