/** The editor environment of a draft: its layout profile (by date or the organisation's choice) and type. */
import type { Draft } from '../../../common/draft/draft';
import type { Organisation } from '../../../common/org/organisation';
import { resolveProfile, type ProfileOverride } from '../../../common/profile';
import { todayIso } from '../../../common/rules/date-line';
import type { EditorEnv } from '../../editor/env';

/** Builds the environment for a draft: the profile in force on its date (today while undated). */
export function envOf(draft: Draft, org: Organisation): EditorEnv {
  const header = (draft.doc.content as { type: string; attrs?: { date?: string | null } }[]).find((c) => c.type === 'header');
  const profile = resolveProfile({
    date: header?.attrs?.date ?? todayIso(),
    profileId: draft.layout.profile ?? org.layout.profile,
    override: (Object.keys(draft.layout.override).length ? draft.layout.override : org.layout.override) as ProfileOverride,
  });
  return { org, profile, typeId: draft.templateId };
}
