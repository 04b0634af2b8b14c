/**
 * Schema version 7 (who sees a draft, issue 14 item 3): the draft's owner (the user who created it;
 * '' for the drafts written before, which every chuyên viên sees) and whether its owner shared it
 * with the other chuyên viên. The rule of who sees which draft is `mayViewDraft` in
 * common/rules/office-flow.ts (docs/office-flow.md).
 */
export const DRAFTS_OWNER_V7 = `
ALTER TABLE drafts ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
CREATE INDEX drafts_owner ON drafts(owner, updated_at);
`;
