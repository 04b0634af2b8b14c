/**
 * The drafts' tables as Kysely types (joined into RegistryTables, schema/tables.ts): the drafts, their
 * versions, the legacy files imported, the office flow's reviews and the edit leases. The columns
 * mirror the SQLite schema (schema/drafts.ts, office-flow-v6.ts, drafts-owner-v7.ts) and the
 * PostgreSQL one (schema/postgres/drafts.ts): dates and times ISO TEXT, the document JSON TEXT, flags
 * integers 0/1.
 */
import type { Generated } from 'kysely';
import type { DraftStatus } from '../../../common/rules/draft-status';
import type { ReviewMark, FlowStep } from '../../../common/rules/office-flow';

/** `drafts`: one row per draft; `owner` is who created it ('' before migration 7), `shared` 1 when other chuyên viên may see it. */
export interface DraftsTable {
  id: string; template_id: string; title: string; title_folded: string; doc: string; status: Generated<DraftStatus>;
  registered_as: string | null; outgoing_id: number | null; files: string | null;
  created_at: string; updated_at: string; trashed_at: string | null;
  review: Generated<ReviewMark>; revision: Generated<number>; saved_by: Generated<string>;
  owner: Generated<string>; shared: Generated<number>;
}

/** `draft_versions`: saved versions of a draft (60 at most per draft). */
export interface DraftVersionsTable { draft_id: string; version: string; saved_at: string; size: number; doc: string }

/** `draft_imports`: the legacy JSON files already imported (so an import never repeats). */
export interface DraftImportsTable { source: string; imported_at: string }

/** `draft_reviews`: the review history (never updated). */
export interface DraftReviewsTable { id: Generated<number>; draft_id: string; at: string; user: string; action: FlowStep; comment: Generated<string> }

/** `draft_leases`: the edit lease of a draft (one row per draft). */
export interface DraftLeasesTable { draft_id: string; holder: string; client: string; taken_at: string; expires_at: string }

/** The drafts' tables. */
export interface DraftTables {
  drafts: DraftsTable;
  draft_versions: DraftVersionsTable;
  draft_imports: DraftImportsTable;
  draft_reviews: DraftReviewsTable;
  draft_leases: DraftLeasesTable;
}
