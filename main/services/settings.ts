/** Handlers of the settings domain: the organisation profile and term, kept in settings.json. */
import type { Organisation } from '../../common/org/organisation';
import { UserError, type SettingsStatus, type Term } from '../../common/api';
import { folders, type Handlers, type ServiceContext } from './context';
import { readJson, writeJson } from './json-store';
import { withRegistry } from './registry';

interface Stored {
  organisation: Organisation | null;
  term: Term | null;
}

/** Reads the settings of the data folder. */
export function readSettings(ctx: ServiceContext): SettingsStatus {
  const s = readJson<Stored>(folders(ctx.dataDir).settings, { organisation: null, term: null });
  return { configured: !!(s.organisation && s.term), organisation: s.organisation, term: s.term };
}

/** The organisation profile, or a Vietnamese error asking for the first-run setup. */
export function requireOrganisation(ctx: ServiceContext): Organisation {
  const s = readSettings(ctx);
  if (!s.organisation) throw new UserError('not-configured', 'Chưa khai báo thông tin cơ quan. Hãy hoàn tất bước thiết lập ban đầu.');
  return s.organisation;
}

/**
 * Writes the organisation into the registry and makes sure it has an outgoing book with an open
 * term. While the registry is not available yet, settings.json alone holds the profile.
 */
async function syncRegistry(ctx: ServiceContext, org: Organisation, term: Term): Promise<void> {
  try {
    await withRegistry(ctx, (r) => {
      r.saveOrganisation(org);
      const book = r.listOutBooks().find((b) => b.issuerCode === org.symbol)
        ?? r.createOutBook({ issuerCode: org.symbol, name: `Sổ văn bản đi – ${org.name}` });
      if (!r.listTerms(book.id).some((t) => t.endDate === null)) r.openTerm(book.id, term.name, term.start);
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
};
