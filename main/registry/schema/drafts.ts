/**
 * Schema version 3 (drafts in the database): the drafts being written (`drafts`, the document as
 * JSON text, its workflow status and, once issued, its register row), their saved versions
 * (`draft_versions`), and the legacy JSON files already imported (`draft_imports`, so an import is
 * never repeated). A trigger keeps an issued draft's document unchangeable.
 */
export const DRAFTS_V3 = `
CREATE TABLE drafts (
  id TEXT PRIMARY KEY, template_id TEXT NOT NULL, title TEXT NOT NULL, title_folded TEXT NOT NULL,
  doc TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'issued')),
  registered_as TEXT, outgoing_id INTEGER REFERENCES out_entries(id), files TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, trashed_at TEXT,
  CHECK ((status = 'issued') = (registered_as IS NOT NULL)));
CREATE INDEX drafts_recent ON drafts(trashed_at, updated_at);
CREATE TABLE draft_versions (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, version TEXT NOT NULL,
  saved_at TEXT NOT NULL, size INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (draft_id, version));
CREATE TABLE draft_imports (source TEXT PRIMARY KEY, imported_at TEXT NOT NULL);
CREATE TRIGGER drafts_issued_locked BEFORE UPDATE OF doc, registered_as ON drafts
  WHEN OLD.registered_as IS NOT NULL AND (NEW.doc IS NOT OLD.doc OR NEW.registered_as IS NOT OLD.registered_as)
BEGIN SELECT RAISE(ABORT, 'Văn bản đã cấp số và khóa; không sửa được nữa.'); END;
`;
