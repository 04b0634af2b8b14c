/** The Nơi nhận address book as one part of the desk service (`registry.desk.recipients`). */
import type { RecipientBook, RecipientEntry, RecipientGroup, RecipientRef } from '../../../common/api/domains/desk-care';
import type { RecipientItem } from '../../../common/org/organisation';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { defaultItems, listDefaults, setDefaults } from './recipient-defaults';
import { listEntries, removeEntry, saveEntry, syncEntries } from './recipient-entries';
import { listGroups, removeGroup, saveGroup, type GroupInput } from './recipient-groups';

export type { GroupInput };

/** What the organisation profile brings: its lines, and groups created once if no group has their name. */
export interface RecipientSeed { lines: string[]; groups: GroupInput[] }

/** The methods of the Nơi nhận address book. */
export interface RecipientBookService {
  /** Brings in the organisation's lines and the recipients of newly issued documents, then lists the book. */
  book(seed: RecipientSeed): RecipientBook;
  saveEntry(input: { id?: number; text: string }): RecipientEntry;
  removeEntry(id: number): boolean;
  saveGroup(input: GroupInput): RecipientGroup;
  removeGroup(id: number): boolean;
  setDefaults(typeId: string, refs: RecipientRef[]): RecipientRef[];
  /** The Nơi nhận a new draft of the type starts with, or null to keep the template's. */
  defaultItems(typeId: string): RecipientItem[] | null;
}

/** The whole book, without syncing. */
export function readBook(ctx: Ctx): RecipientBook {
  return { entries: listEntries(ctx), groups: listGroups(ctx), defaults: listDefaults(ctx) };
}

/** Builds the address book methods over a live registry context. */
export function createRecipientBook(live: () => Ctx): RecipientBookService {
  return {
    book(seed) {
      const ctx = live();
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
    },
    saveEntry: (input) => saveEntry(live(), input),
    removeEntry: (id) => removeEntry(live(), id),
    saveGroup: (input) => saveGroup(live(), input),
    removeGroup: (id) => removeGroup(live(), id),
    setDefaults: (typeId, refs) => setDefaults(live(), typeId, refs),
    defaultItems: (typeId) => defaultItems(live(), typeId),
  };
}
