/** Loading the templates and the default organisation profile from the templates/ folder. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Organisation } from '../../common/org/organisation';
import { checkOrganisation, type OrganisationCheck } from '../../common/org/organisation-check';
import { templateSchema, type Template } from '../../common/draft/template';
import { DOC_TYPES } from '../../common/rules/doc-types';
import { jsonMessage } from '../../common/draft/structure-message';

/** The templates folder shipped with vanthu. */
export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const ORG_FILE = 'organisation.default.json';

/** Every template, in the order of the document types. */
export function listTemplates(dir = TEMPLATES_DIR): Template[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== ORG_FILE);
  const all = files.map((f) => templateSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
  const order = (t: Template) => DOC_TYPES.findIndex((d) => d.id === t.id);
  return all.sort((a, b) => order(a) - order(b));
}

/** One template by id, or undefined. */
export function findTemplate(id: string, dir = TEMPLATES_DIR): Template | undefined {
  return listTemplates(dir).find((t) => t.id === id);
}

/** Result of reading an organisation profile (common/org/organisation-check.ts). */
export type OrgResult = OrganisationCheck;

/** Reads and validates an organisation profile (JSON text); messages in Vietnamese. */
export function parseOrganisation(text: string): OrgResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `Tệp hồ sơ cơ quan không phải JSON hợp lệ (${jsonMessage(e)}).` };
  }
  return checkOrganisation(value);
}

/** The organisation profile shipped as an example (Tỉnh ủy, used when none is given). */
export function defaultOrganisation(dir = TEMPLATES_DIR): Organisation {
  const r = parseOrganisation(readFileSync(path.join(dir, ORG_FILE), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.org;
}
