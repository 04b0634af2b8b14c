/** The editor environment of a draft: its layout profile (by date or the organisation's choice) and type. */
import type { Draft } from '../../../common/draft/draft';
import type { Organisation } from '../../../common/org/organisation';
import { profileOfDraft } from '../../../common/draft/profile';
import type { EditorEnv } from '../../editor/env';

/** Builds the environment for a draft: the profile the exporter will print it with. */
export function envOf(draft: Draft, org: Organisation): EditorEnv {
  return { org, profile: profileOfDraft(draft), typeId: draft.templateId };
}
