/**
 * Handlers of the Nơi nhận address book (`registry.deskRecipient*`), and the default Nơi nhận a new
 * draft of a type starts with.
 */
import type { Draft } from '../../common/draft/draft';
import type { Organisation, RecipientItem } from '../../common/org/organisation';
import type { RecipientSeed } from '../registry/desk/recipient-book';
import type { Handlers, ServiceContext } from './context';
import { withRegistry } from './registry';
import { readSettings } from './settings';

/** Name of the group made from the profile's superiors. */
export const SUPERIORS_GROUP = 'Cấp trên';

/** What the organisation profile brings to the book: its superiors (as a group too) and usual recipients. */
export function seedOf(org: Organisation | null): RecipientSeed {
  if (!org) return { lines: [], groups: [] };
  return {
    lines: [...org.superiors, ...org.recipients.flatMap((r) => r.lines)],
    groups: org.superiors.length ? [{ name: SUPERIORS_GROUP, purpose: 'để báo cáo', lines: org.superiors }] : [],
  };
}

async function seed(ctx: ServiceContext): Promise<RecipientSeed> {
  return seedOf((await readSettings(ctx)).organisation);
}

/** The draft with its Nơi nhận items replaced (the file-copy line "Lưu …" is kept). */
export function withRecipientItems(draft: Draft, items: RecipientItem[]): Draft {
  type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
  const swap = (n: Node): Node => n.type === 'recipients'
    ? { ...n, attrs: { ...n.attrs, items: items.map((i) => ({ lines: [...i.lines], purpose: i.purpose })) } }
    : n.content ? { ...n, content: n.content.map(swap) } : n;
  return { ...draft, doc: swap(draft.doc as Node) as Draft['doc'] };
}

/** The draft with the default Nơi nhận of its type, when the address book has one for it. */
export async function applyDefaultRecipients(ctx: ServiceContext, draft: Draft): Promise<Draft> {
  const items = await withRegistry(ctx, (r) => r.desk.recipients.defaultItems(draft.templateId));
  return items ? withRecipientItems(draft, items) : draft;
}

/** Handlers of the Nơi nhận address book. */
export const addressBookHandlers: Handlers = {
  'registry.deskRecipientBook': async (_i, ctx) => {
    const s = await seed(ctx);
    return withRegistry(ctx, (r) => r.desk.recipients.book(s));
  },
  'registry.deskRecipientSave': ({ id, recipient }, ctx) => withRegistry(ctx, (r) => r.desk.recipients.saveEntry({ id, text: recipient })),
  'registry.deskRecipientRemove': ({ id }, ctx) => withRegistry(ctx, (r) => ({ removed: r.desk.recipients.removeEntry(id) })),
  'registry.deskRecipientGroupSave': ({ id, groupName, purpose, lines }, ctx) =>
    withRegistry(ctx, (r) => r.desk.recipients.saveGroup({ id, name: groupName, purpose, lines })),
  'registry.deskRecipientGroupRemove': ({ id }, ctx) => withRegistry(ctx, (r) => ({ removed: r.desk.recipients.removeGroup(id) })),
  'registry.deskRecipientDefaults': async ({ typeId, items }, ctx) => {
    const s = await seed(ctx);
    return withRegistry(ctx, (r) => (r.desk.recipients.setDefaults(typeId, items), r.desk.recipients.book(s)));
  },
};
