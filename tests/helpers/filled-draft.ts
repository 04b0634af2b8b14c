/**
 * A draft from a template with every placeholder filled (samples kept as text, blanks written as
 * "15"), i.e. one the issue gate lets through: for tests that number or submit template drafts.
 */
import { createDraft, type NewDraftOptions } from '../../common/draft/create';
import type { Draft } from '../../common/draft/draft';
import { acceptSamples } from '../../common/draft/fill';
import type { Organisation } from '../../common/org/organisation';
import { defaultOrganisation, findTemplate } from '../../main/templates/index';

/** The draft of template `id` for `org` (default organisation), placeholders filled. */
export function filledDraft(id: string, org: Organisation = defaultOrganisation(), opts: NewDraftOptions = {}): Draft {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return acceptSamples(createDraft(t, org, opts));
}
