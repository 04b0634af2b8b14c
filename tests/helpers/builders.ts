/**
 * Test builders that read like documents: `doc(header({...}), title({...}), body(p("…")),
 * closing(signature({...}), recipients({...})))`, and `draftOf(doc)` for a draft file around it.
 */
import type { Node } from 'prosemirror-model';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from '../../common/draft/draft';
import { inline, schema, type HeaderAttrs, type RecipientsAttrs, type SignatureAttrs, type TitleAttrs } from '../../common/model';

const n = schema.nodes;
type Block = Node;

/** The header with sample defaults (Tỉnh ủy, NQ, undated). */
export const header = (a: Partial<HeaderAttrs> = {}) => n.header.create({
  superior: '', issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'NQ', issuerCode: 'TU', serial: null, place: 'Ninh Bình', date: null, ...a,
});
/** The title block. */
export const title = (a: Partial<TitleAttrs> = {}) => n.title.create({ typeName: 'NGHỊ QUYẾT', summary: 'về công tác thử nghiệm', ...a });
/** The body. */
export const body = (...blocks: Block[]) => n.body.create(null, blocks);
/** A paragraph. */
export const p = (text = '') => n.paragraph.create(null, text ? inline(text) : []);
/** Headings "I- …", "1. …", "a) …". */
export const h1 = (text: string) => n.heading.create({ level: 1 }, inline(text));
export const h2 = (text: string) => n.heading.create({ level: 2 }, inline(text));
export const h3 = (text: string) => n.heading.create({ level: 3 }, inline(text));
/** A dash item. */
export const dash = (text: string) => n.dash_item.create(null, inline(text));
/** The closing. */
export const closing = (s: Node, r: Node) => n.closing.create(null, [s, r]);
/** The signature. */
export const signature = (a: Partial<SignatureAttrs> = {}) =>
  n.signature.create({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn An', ...a });
/** Nơi nhận. */
export const recipients = (a: Partial<RecipientsAttrs> = {}) =>
  n.recipients.create({ items: [{ lines: ['Các đảng ủy trực thuộc'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy', ...a });
/** An appendix. */
export const appendix = (label: string, titleText: string, ...blocks: Block[]) => n.appendix.create({ label, title: titleText }, blocks);
/** The document. */
export const doc = (...parts: Node[]) => n.doc.create(null, parts);

/** A draft file around a document. */
export function draftOf(d: Node, layout: Draft['layout'] = { profile: null, override: {} }): Draft {
  return { format: DRAFT_FORMAT, version: DRAFT_VERSION, templateId: 'nghi-quyet', layout, doc: d.toJSON() };
}
