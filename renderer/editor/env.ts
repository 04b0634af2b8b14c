/** What the editor needs to know besides the document: the organisation, the layout profile, the type. */
import type { Organisation } from '../../common/org/organisation';
import type { LayoutProfile } from '../../common/profile/types';

/** The editor's environment, shared by the node views and the check. */
export interface EditorEnv {
  org: Organisation;
  profile: LayoutProfile;
  /** Type id of the draft ("nghi-quyet"). */
  typeId: string;
}
