/** Creating a new draft from a template and the organisation profile. */
import type { Organisation } from '../org/organisation';
import { findIssuer, issuerSignature } from '../org/issuers';
import { blocksFromCompact, type CompactBlock } from '../model/compact';
import { schema } from '../model/schema';
import type { RecipientItem } from '../model/nodes/closing';
import { findDocType, typeCodeFor } from '../rules/doc-types';
import { allowedAuthorities, isCollective } from '../rules/signature';
import { upperVi } from '../text/normalize';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from './draft';
import type { Template } from './template';

/** Options of a new draft: number and date are normally left for the clerk. */
export interface NewDraftOptions {
  serial?: number | null;
  date?: string | null;
  draftMark?: string;
}

function fill(text: string, org: Organisation, issuer = ''): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (k === 'issuer' && issuer) return issuer;
    const v = (org as Record<string, unknown>)[k];
    return typeof v === 'string' ? v : m;
  });
}

/** A compact block with its {fields} filled (table cells included). */
function fillBlock(b: CompactBlock, f: (s: string) => string): CompactBlock {
  return Object.fromEntries(Object.entries(b).map(([k, v]) => [k, typeof v === 'string' ? f(v) : (v as string[][]).map((r) => r.map(f))])) as CompactBlock;
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

/** Builds a new draft: header and signature from the template's issuer in the organisation, title and body from the template. */
export function createDraft(t: Template, org: Organisation, opts: NewDraftOptions = {}): Draft {
  const type = findDocType(t.id);
  if (!type) throw new Error(`Mẫu "${t.id}" không ứng với loại văn bản nào.`);
  const n = schema.nodes;
  const issuer = findIssuer(org, t.issuer.role, t.issuer.symbol);
  const f = (text: string) => fill(text, org, issuer.prose);
  // An authority the issuer's kind does not use (T/M asked of a board's own profile) gives way to its usual one.
  const authority = allowedAuthorities(issuer.kind).includes(t.issuer.authority) ? t.issuer.authority : isCollective(issuer.kind) ? 'T/M' : '';
  const doc = n.doc.create(null, [
    n.header.create({
      superior: issuer.superior, issuer: issuer.name, typeCode: typeCodeFor(type, org), issuerCode: issuer.symbol,
      serial: opts.serial ?? null, place: org.place, date: opts.date ?? null, draftMark: opts.draftMark ?? '',
    }),
    n.title.create({
      layout: t.title.layout, typeName: type.printedName, author: upperVi(f(t.title.author)),
      summary: f(t.title.summary), addressees: t.title.addressees.map(f),
    }),
    n.body.create(null, blocksFromCompact(t.body.map((b) => fillBlock(b, f)))),
    n.closing.create(null, [
      n.signature.create(issuerSignature(org, issuer, authority)),
      // A văn phòng or ban keeps its own file copy ("- Lưu Ban Tổ chức Tỉnh ủy.").
      n.recipients.create({ items: recipientItems(t, org), archive: issuer.role === 'office' || issuer.role === 'board' ? issuer.prose : org.archive }),
    ]),
  ]);
  doc.check();
  return {
    format: DRAFT_FORMAT, version: DRAFT_VERSION, templateId: t.id,
    layout: { profile: org.layout.profile, override: org.layout.override }, doc: doc.toJSON(),
  };
}
