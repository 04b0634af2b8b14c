/** What a part's layout needs besides its own attributes: the profile and the other parts it prints with. */
import type { TitleAttrs } from '../model';
import type { LayoutProfile } from '../profile';

/** The document context of a part's layout. */
export interface LayoutContext {
  /** The layout profile of the document (HD 36 or HD 05, with the organisation's overrides). */
  profile: LayoutProfile;
  /** The title: a công văn's summary prints in the header's left column. */
  title: TitleAttrs;
}
