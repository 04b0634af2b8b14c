/**
 * Assembling the recognised parts into a draft of the schema that `validateDraft` accepts: a
 * required field nothing filled gets a visible blank ("[tên cơ quan ban hành]", which the format
 * check reports until it is written) and a report line; a field longer than its limit keeps what
 * fits and the whole text is placed in the body, never lost.
 */
import type { Node } from 'prosemirror-model';
import { DRAFT_FORMAT, DRAFT_VERSION, validateDraft, type Draft } from '../../../common/draft/draft';
import { FIELD_LIMITS, LIST_LIMITS, type LimitedField } from '../../../common/draft/limits';
import type { HeaderAttrs, RecipientItem, SignatureAttrs, TitleAttrs } from '../../../common/model';
import { schema } from '../../../common/model/schema';
import type { RecogniseContext } from './context';
import type { ImportPart } from './types';

/** The parts as recognised, before the draft is assembled. */
export interface RecognisedParts {
  typeId: string;
  header: HeaderAttrs;
  title: TitleAttrs;
  body: Node[];
  signature: SignatureAttrs;
  items: RecipientItem[];
  archive: string;
  appendices: { label: string; title: string; blocks: Node[] }[];
}

const BLANKS: Partial<Record<LimitedField, string>> = {
  'header.issuer': '[tên cơ quan ban hành]',
  'header.place': '[địa danh]',
  'title.summary': '[trích yếu nội dung]',
  'signature.name': '[họ tên người ký]',
  'recipients.archive': '[nơi lưu bản chính]',
};

const MISSING: Partial<Record<LimitedField, string>> = {
  'header.issuer': 'Không tìm thấy tên cơ quan ban hành ở phần đầu văn bản; hãy điền.',
  'header.place': 'Không tìm thấy địa danh ở dòng ngày tháng; hãy điền.',
  'title.summary': 'Không tìm thấy trích yếu nội dung; hãy điền.',
  'signature.name': 'Không tìm thấy họ tên người ký; hãy điền.',
  'recipients.archive': 'Nơi nhận không có dòng "Lưu …"; hãy điền nơi lưu bản chính.',
};

/** Builds the draft; throws only on a bug (the result is always validated). */
export function assembleDraft(parts: RecognisedParts, ctx: RecogniseContext): { draft: Draft; doc: Node } {
  const overflow: Node[] = [];
  const part = (field: LimitedField) => field.split('.')[0] as ImportPart;
  const fit = (field: LimitedField, text: string): string => {
    const max = FIELD_LIMITS[field];
    if (!text.trim() && BLANKS[field]) {
      ctx.report.attention(MISSING[field]!, { part: part(field), field: field.split('.')[1] });
      return BLANKS[field]!;
    }
    if (text.length <= max) return text;
    ctx.report.attention(`Nội dung quá dài cho ô này (hơn ${max} ký tự): giữ ${max} ký tự đầu, toàn văn được đưa vào cuối nội dung.`, { part: part(field), field: field.split('.')[1] });
    overflow.push(schema.nodes.paragraph.create(null, schema.text(text.replace(/\n/gu, ' '))));
    return text.slice(0, max).trimEnd();
  };
  const h = parts.header;
  const header: HeaderAttrs = {
    ...h, superior: fit('header.superior', h.superior), issuer: fit('header.issuer', h.issuer), place: fit('header.place', h.place),
    circulation: fit('header.circulation', h.circulation), draftMark: fit('header.draftMark', h.draftMark),
  };
  const t = parts.title;
  const addressees = t.addressees.map((a) => fit('title.addressees', a));
  const title: TitleAttrs = {
    ...t, typeName: fit('title.typeName', t.typeName), author: fit('title.author', t.author), summary: fit('title.summary', t.summary),
    addressees: addressees.slice(0, LIST_LIMITS['title.addressees']),
  };
  const s = parts.signature;
  const signature: SignatureAttrs = {
    ...s, onBehalfOf: fit('signature.onBehalfOf', s.onBehalfOf), title: fit('signature.title', s.title), name: fit('signature.name', s.name),
  };
  const items: RecipientItem[] = parts.items.slice(0, LIST_LIMITS['recipients.items']).map((i) => ({
    lines: i.lines.slice(0, LIST_LIMITS['recipients.lines']).map((l) => fit('recipients.items', l)),
    purpose: fit('recipients.purpose', i.purpose),
  }));
  const dropped = parts.items.length - items.length + parts.items.reduce((n, i) => n + Math.max(0, i.lines.length - LIST_LIMITS['recipients.lines']), 0);
  if (dropped > 0) {
    ctx.report.attention(`Nơi nhận có quá nhiều dòng: ${dropped} dòng được đưa vào cuối nội dung.`, { part: 'recipients' });
    for (const i of parts.items) for (const l of i.lines) if (!items.some((k) => k.lines.includes(l))) overflow.push(schema.nodes.paragraph.create(null, schema.text(l)));
  }
  const archive = fit('recipients.archive', parts.archive);
  const n = schema.nodes;
  const body = [...parts.body, ...overflow];
  const doc = n.doc.create(null, [
    n.header.create(header),
    n.title.create(title),
    n.body.create(null, body.length ? body : [n.paragraph.create()]),
    n.closing.create(null, [n.signature.create(signature), n.recipients.create({ items, archive })]),
    ...parts.appendices.map((a) => n.appendix.create(
      { label: fit('appendix.label', a.label), title: fit('appendix.title', a.title) },
      a.blocks.length ? a.blocks : [n.paragraph.create()],
    )),
  ]);
  doc.check();
  const draft: Draft = { format: DRAFT_FORMAT, version: DRAFT_VERSION, templateId: parts.typeId, layout: { profile: null, override: {} }, doc: doc.toJSON() };
  const r = validateDraft(draft);
  if (!r.ok) throw new Error(`Bản thảo nhập từ Word không hợp lệ: ${r.message}`);
  return { draft: r.draft, doc: r.doc };
}
