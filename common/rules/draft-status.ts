/**
 * The states of a draft: being written, submitted for signature (Trình ký: locked), issued (numbered
 * and registered). Stored as these codes in the registry's drafts table (its CHECK in
 * main/registry/schema/drafts.ts keeps its own copy, tested equal to this list).
 */

/** Every state of a draft, in order. */
export const DRAFT_STATUSES = ['draft', 'submitted', 'issued'] as const;

/** One state of a draft. */
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
