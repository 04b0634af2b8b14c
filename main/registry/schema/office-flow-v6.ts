/**
 * Schema version 6 (the office flow, issue 14 item 4): beside a draft's status, its review mark
 * (common/rules/office-flow.ts: Chờ duyệt, Bị trả lại, Đã duyệt), the revision every save bumps and
 * who saved last (the version check: a save names the revision it started from); the review
 * history (who submitted, approved or returned, with the comment; never changed afterwards); and
 * the edit lease (one holder per draft, with an expiry, so a crashed client's lease lapses).
 */
export const OFFICE_FLOW_V6 = `
ALTER TABLE drafts ADD COLUMN review TEXT NOT NULL DEFAULT 'none'
  CHECK (review IN ('none', 'pending', 'returned', 'approved'));
ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
CREATE INDEX drafts_review ON drafts(review, updated_at) WHERE review <> 'none';
CREATE TABLE draft_reviews (
  id INTEGER PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('submit', 'approve', 'return', 'withdraw')),
  comment TEXT NOT NULL DEFAULT '', CHECK (action <> 'return' OR length(trim(comment)) > 0));
CREATE INDEX draft_reviews_draft ON draft_reviews(draft_id, id);
CREATE TRIGGER draft_reviews_no_update BEFORE UPDATE ON draft_reviews
BEGIN SELECT RAISE(ABORT, 'Không được sửa lịch sử duyệt dự thảo.'); END;
CREATE TABLE draft_leases (
  draft_id TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE, holder TEXT NOT NULL, client TEXT NOT NULL,
  taken_at TEXT NOT NULL, expires_at TEXT NOT NULL);
`;
