/** Creating a new draft from a template and the organisation profile. */
import type { Organisation } from '../org/organisation';
import { blocksFromCompact } from '../model/compact';
import { schema } from '../model/schema';
import type { RecipientItem } from '../model/nodes/closing';
import { findDocType, typeCodeFor } from '../rules/doc-types';
import { defaultSignature } from '../rules/signature';
import { upperVi } from '../text/normalize';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from './draft';
import type { Template } from './template';

/** Options of a new draft: number and date are normally left for the clerk. */
export interface NewDraftOptions {
  serial?: number | null;
  date?: string | null;
  draftMark?: string;
}

function fill(text: string, org: Organisation): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = (org as Record<string, unknown>)[k];
    return typeof v === 'string' ? v : m;
  });
}

/** The Nơi nhận items a template asks for, from the organisation's lists. */
function recipientItems(t: Template, org: Organisation): RecipientItem[] {
  const items: RecipientItem[] = [];
  if (t.recipients.superiors !== null && org.superiors.length > 0) {
    items.push({ lines: [...org.superiors], purpose: t.recipients.superiors });
  }
  items.push(...t.recipients.extra.map((e) => ({ lines: e.lines.map((l) => fill(l, org)), purpose: e.purpose })));
  if (t.recipients.usual) items.push(...org.recipients.map((r) => ({ lines: [...r.lines], purpose: r.purpose })));
  return items;
}

/** Builds a new draft: header from the organisation, title and body from the template. */
export function createDraft(t: Template, org: Organisation, opts: NewDraftOptions = {}): Draft {
  const type = findDocType(t.id);
  if (!type) throw new Error(`Mẫu "${t.id}" không ứng với loại văn bản nào.`);
  const n = schema.nodes;
  const doc = n.doc.create(null, [
    n.header.create({
      superior: org.superior, issuer: org.name, typeCode: typeCodeFor(type, org), issuerCode: org.symbol,
      serial: opts.serial ?? null, place: org.place, date: opts.date ?? null, draftMark: opts.draftMark ?? '',
    }),
    n.title.create({
      layout: t.title.layout, typeName: type.printedName, author: upperVi(fill(t.title.author, org)),
      summary: fill(t.title.summary, org), addressees: t.title.addressees.map((a) => fill(a, org)),
    }),
    n.body.create(null, blocksFromCompact(t.body)),
    n.closing.create(null, [
      n.signature.create(defaultSignature(org)),
      n.recipients.create({ items: recipientItems(t, org), archive: org.archive }),
    ]),
  ]);
  doc.check();
  return {
    format: DRAFT_FORMAT, version: DRAFT_VERSION, templateId: t.id,
    layout: { profile: org.layout.profile, override: org.layout.override }, doc: doc.toJSON(),
  };
}
