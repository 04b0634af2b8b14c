/**
 * The layout profile of a draft, as the exporter prints it and the editor shows it: the profile the
 * draft names, else the one in force on its date (today while undated), with the draft's overrides.
 * The draft alone decides, so the same draft always prints the same way.
 */
import { resolveProfile, type LayoutProfile, type ProfileOverride } from '../profile';
import { todayIso } from '../rules/date-line';
import type { Draft } from './draft';

/** The profile of a draft. */
export function profileOfDraft(draft: Draft, today: string = todayIso()): LayoutProfile {
  const header = (draft.doc.content as { type: string; attrs?: { date?: string | null } }[]).find((c) => c.type === 'header');
  return resolveProfile({
    date: header?.attrs?.date ?? today,
    profileId: draft.layout.profile,
    override: draft.layout.override as ProfileOverride,
  });
}
