/** Handlers of the settings domain: the organisation profile and term, kept in settings.json. */
import fs from 'node:fs';
import { issuersOf } from '../../common/org/issuers';
import type { Organisation } from '../../common/org/organisation';
import { UserError, type SettingsStatus, type TermStart } from '../../common/api';
import { folders, type Handlers, type ServiceContext } from './context';
import { readJsonOr, writeJson } from './json-store';
import type { RegistryService } from '../registry/service';
import { withRegistry } from './registry';

interface Stored {
  organisation: Organisation | null;
  term: TermStart | null;
}

/**
 * Reads the settings of the data folder. Without settings.json, a registry already set up (by the
 * CLI, or an older install) with one organisation and an open term counts as configured.
 */
export async function readSettings(ctx: ServiceContext): Promise<SettingsStatus> {
  const s = readJsonOr<Stored>(folders(ctx.dataDir).settings, { organisation: null, term: null });
  if (s.organisation && s.term) return { configured: true, organisation: s.organisation, term: s.term };
  if (!fs.existsSync(folders(ctx.dataDir).database)) return { configured: false, organisation: null, term: null };
  return withRegistry(ctx, (r) => {
    const orgs = r.listOrganisations();
    const org = orgs.length === 1 ? orgs[0] ?? null : null;
    const book = org && r.listOutBooks().find((b) => b.issuerCode === org.symbol);
    const open = book ? r.listTerms(book.id).find((t) => t.endDate === null) : undefined;
    const term = open ? { name: open.name, start: open.startDate } : null;
    return { configured: !!(org && term), organisation: org, term };
  });
}

/** The organisation profile, or a Vietnamese error asking for the first-run setup. */
export async function requireOrganisation(ctx: ServiceContext): Promise<Organisation> {
  const s = await readSettings(ctx);
  if (!s.organisation) throw new UserError('not-configured', 'Chưa khai báo thông tin cơ quan. Hãy hoàn tất bước thiết lập ban đầu.');
  return s.organisation;
}

/**
 * Makes sure every body issuing under `org` (the committee, its văn phòng, its boards: issuersOf)
 * has an outgoing book with an open term, so that a document of any template can be numbered.
 */
export function ensureIssuerBooks(r: RegistryService, org: Organisation, term: TermStart): void {
  const bodies = [{ symbol: org.symbol, name: org.name }, ...issuersOf(org).map((x) => ({ symbol: x.symbol, name: x.prose || x.name }))];
  const done = new Set<string>();
  for (const body of bodies) {
    if (!body.symbol || done.has(body.symbol)) continue;
    done.add(body.symbol);
    const book = r.listOutBooks().find((b) => b.issuerCode === body.symbol)
      ?? r.createOutBook({ issuerCode: body.symbol, name: `Sổ văn bản đi – ${body.name}` });
    if (!book.closed && !r.listTerms(book.id).some((t) => t.endDate === null)) r.openTerm(book.id, term.name, term.start);
  }
}

/**
 * Writes the organisation into the registry and makes sure each of its issuing bodies has an
 * outgoing book with an open term. While the registry is not available yet, settings.json alone
 * holds the profile.
 */
async function syncRegistry(ctx: ServiceContext, org: Organisation, term: TermStart): Promise<void> {
  try {
    await withRegistry(ctx, (r) => {
      r.saveOrganisation(org);
      ensureIssuerBooks(r, org, term);
    });
  } catch (e) {
    if (!(e instanceof UserError && e.code === 'not-available')) throw e;
  }
}

/** Handlers of the settings domain. */
export const settingsHandlers: Handlers = {
  'settings.status': async (_input, ctx) => readSettings(ctx),
  'settings.saveOrganisation': async (input, ctx) => {
    await syncRegistry(ctx, input.organisation, input.term);
    writeJson(folders(ctx.dataDir).settings, { organisation: input.organisation, term: input.term });
    return readSettings(ctx);
  },
  'settings.saveLayout': async ({ profile, override }, ctx) => {
    const s = await readSettings(ctx);
    if (!s.organisation || !s.term) throw new UserError('not-configured', 'Chưa khai báo thông tin cơ quan. Hãy hoàn tất bước thiết lập ban đầu.');
    const organisation: Organisation = { ...s.organisation, layout: { profile, override } };
    await syncRegistry(ctx, organisation, s.term);
    writeJson(folders(ctx.dataDir).settings, { organisation, term: s.term });
    return readSettings(ctx);
  },
};
