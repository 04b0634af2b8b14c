/** The Nơi nhận address book as one part of the desk service (`registry.desk.recipients`). */
import type { RecipientBook } from '../../../common/api/domains/desk-care';
import { bindAll, type Bound } from '../bind';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { defaultItems, listDefaults, setDefaults } from './recipient-defaults';
import { listEntries, removeEntry, saveEntry, syncEntries } from './recipient-entries';
import { listGroups, removeGroup, saveGroup, type GroupInput } from './recipient-groups';

export type { GroupInput };

/** What the organisation profile brings: its lines, and groups created once if no group has their name. */
export interface RecipientSeed { lines: string[]; groups: GroupInput[] }

/** Brings in the organisation's lines and the recipients of newly issued documents, then lists the book. */
function syncedBook(ctx: Ctx, seed: RecipientSeed): RecipientBook {
  if (syncEntries(ctx, seed.lines)) {
    const names = new Set(listGroups(ctx).map((g) => g.name));
    for (const g of seed.groups) {
      if (names.has(g.name) || !g.lines.length) continue;
      try {
        saveGroup(ctx, g);
      } catch (e) {
        if (!(e instanceof RegistryError && e.code === 'conflict')) throw e; // another window made it first
      }
    }
  }
  return readBook(ctx);
}

/** The whole book, without syncing. */
export function readBook(ctx: Ctx): RecipientBook {
  return { entries: listEntries(ctx), groups: listGroups(ctx), defaults: listDefaults(ctx) };
}

/** Every method of the Nơi nhận address book (`registry.desk.recipients.x`), by name. */
export const RECIPIENT_METHODS = {
  book: syncedBook,
  saveEntry,
  removeEntry,
  saveGroup,
  removeGroup,
  setDefaults,
  /** The Nơi nhận a new draft of the type starts with, or null to keep the template's. */
  defaultItems,
};

/** The methods of the Nơi nhận address book. */
export type RecipientBookService = Bound<typeof RECIPIENT_METHODS>;

/** Builds the address book methods over a live registry context. */
export function createRecipientBook(live: () => Ctx): RecipientBookService {
  return bindAll(RECIPIENT_METHODS, live);
}
