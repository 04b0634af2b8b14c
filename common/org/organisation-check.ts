/**
 * The one validation of an organisation profile from outside (a file given to the CLI, a registry
 * import, `registry org save`): the schema of organisation.ts with the contract's Vietnamese error
 * map, and a message naming the field as the settings screen names it ("Dấu cuối dòng nơi nhận"),
 * with its path in the file, never zod's English.
 */
import { labelOf } from '../api/labels';
import { describeRawIssue } from '../api/issue-text';
import { fieldOfIssue } from './layout-settings';
import { organisationSchema, type Organisation } from './organisation';

/** What checking a profile gives: the profile, or one Vietnamese sentence about its first problem. */
export type OrganisationCheck = { ok: true; org: Organisation } | { ok: false; message: string };

/** Vietnamese name of a field of the profile by its path, or null when it has none. */
function fieldName(path: readonly PropertyKey[]): string | null {
  if (path[0] === 'layout' && path[1] === 'override') return fieldOfIssue(path.slice(2))?.label ?? 'Thể thức văn bản';
  if (path[0] === 'layout') return 'Hướng dẫn thể thức';
  return labelOf(['organisation', ...path])?.label ?? null;
}

/** Validates a profile; on a problem, names the field: `Hồ sơ cơ quan sai ở "Dấu cuối dòng nơi nhận" (layout.override.wording.recipientSeparator): …`. */
export function checkOrganisation(input: unknown): OrganisationCheck {
  const r = organisationSchema.safeParse(input, { error: describeRawIssue, reportInput: true });
  if (r.success) return { ok: true, org: r.data };
  const issue = r.error.issues[0];
  const where = issue.path.map(String).join('.');
  const name = fieldName(issue.path);
  const field = name ? `"${name}"${where ? ` (${where})` : ''}` : `trường "${where}"`;
  return { ok: false, message: `Hồ sơ cơ quan sai ở ${field}: ${issue.message.replace(/\.$/, '')}.` };
}
