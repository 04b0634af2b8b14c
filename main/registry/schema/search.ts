/**
 * Full-text search tables (FTS5, external content over the normalised `search_text` shadow
 * columns, which hold the text folded by `foldVietnamese`: tone marks removed, đ/Đ -> d).
 */
const fts = (table: string): string => `
CREATE VIRTUAL TABLE ${table}_fts USING fts5(search_text, content='${table}', content_rowid='id',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER ${table}_fts_ai AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER ${table}_fts_ad AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END;
CREATE TRIGGER ${table}_fts_au AFTER UPDATE OF search_text ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
`;

/** SQL creating the search tables of schema version 1. */
export const SEARCH_V1 = fts('out_entries') + fts('in_entries');
