/**
 * Recognising the Party parts of a Word document (issue #15 item 1): the header at the start, then
 * the title, the closing (from the first "Nơi nhận" or authority line, with the signature lines
 * just above it), the appendices after it, and the body between — each paragraph placed in a part
 * with its role, what no part took kept in the body and listed in the report. The type comes from
 * the type name, else from the number's abbreviation, else "Kính gửi" makes it a công văn.
 */
import type { Node } from 'prosemirror-model';
import { profileOfDraft } from '../../../common/draft/profile';
import type { HeaderAttrs, TitleAttrs } from '../../../common/model';
import { schema } from '../../../common/model/schema';
import { DOC_TYPES, findDocType, typeCodeFor, type DocType } from '../../../common/rules/doc-types';
import type { WordDocument } from '../read/types';
import { blockOfLine, looksLikeTitle, tableBlock, type BlockTarget } from './body';
import { isClosingMark, readClosing } from './closing';
import { RecogniseContext } from './context';
import { assembleDraft } from './draft';
import { readHeader } from './header';
import { linesOfUnit, unitsOf, type Line, type Unit } from './lines';
import { isAppendixLabel } from './patterns';
import { readTitle } from './title';
import type { RecognisedDocument } from './types';

export type * from './types';

/** Options of recognition. */
export interface RecogniseOptions {
  /** Issuer symbol to use when the file's number has none ("TU"). */
  issuerCode?: string;
}

/** Builds blocks from units for the body or an appendix. */
function blocksOf(units: Unit[], target: BlockTarget, ctx: RecogniseContext, start = 0): Node[] {
  const out: Node[] = [];
  for (const u of units) {
    const index = start + out.length;
    if (u.kind === 'line') {
      const b = blockOfLine(u.line, index, target, ctx);
      if (b) out.push(b);
    } else if (u.kind === 'table') {
      const b = tableBlock(u.table, u.lines, index, target, ctx);
      if (b) out.push(b);
    } else {
      const before = out.length;
      for (const l of u.lines) {
        const b = blockOfLine(l, start + out.length, target, ctx);
        if (b) out.push(b);
      }
      if (out.length > before) {
        ctx.report.attention('Nội dung trong khung văn bản (text box) được đưa vào dòng chảy của văn bản; hãy xem lại vị trí.', { part: target.part, appendix: target.appendix, paragraph: before + start + 1, source: u.lines[0]?.seq });
      }
    }
  }
  return out;
}

/** Leftover lines as body paragraphs, each reported as unplaced. */
function leftoverBlocks(lines: Line[], start: number, ctx: RecogniseContext, why: string): Node[] {
  const out: Node[] = [];
  for (const l of lines) {
    const b = blockOfLine(l, start + out.length, { part: 'body' }, ctx);
    if (!b) continue;
    ctx.report.unplaced(`"${l.text.slice(0, 60)}" ${why}; đã đưa vào nội dung.`, { part: 'body', paragraph: start + out.length + 1, source: l.seq });
    out.push(b);
  }
  return out;
}

/** Whether a unit is a signature line standing above "Nơi nhận" (to the right, or empty). */
function signatureAbove(u: Unit): boolean {
  if (u.kind !== 'line') return false;
  const l = u.line;
  if (!l.text) return true;
  return l.segments.every((s) => s.side === 'right') && l.text.length <= 80;
}

function findType(titleType: DocType | null, header: HeaderAttrs, letter: boolean): { type: DocType; from: 'title' | 'number' | 'letter' | 'none' } {
  if (titleType) return { type: titleType, from: 'title' };
  const byCode = DOC_TYPES.find((t) => t.code === header.typeCode || t.altCodes?.includes(header.typeCode));
  if (byCode) return { type: byCode, from: 'number' };
  return { type: findDocType('cong-van')!, from: letter ? 'letter' : 'none' };
}

/** Recognises a read Word document as a Party document draft with its placements and report. */
export function recogniseWord(word: WordDocument, opts: RecogniseOptions = {}): RecognisedDocument {
  const ctx = new RecogniseContext();
  const units = unitsOf(word.body);
  const header = readHeader(units, ctx);
  if (header.end === 0) fromPageHeader(word, header, ctx);
  const title = readTitle(units, header.end, ctx);
  // The closing: the first unit with "Nơi nhận" or an authority line, and the signature lines just above it.
  let closingAt = units.findIndex((u, i) => i >= title.end && linesOfUnit(u).some(isClosingMark));
  if (closingAt < 0) closingAt = units.length;
  else while (closingAt > title.end && signatureAbove(units[closingAt - 1])) closingAt -= 1;
  const appendixStarts: number[] = [];
  units.forEach((u, i) => {
    if (i > closingAt && u.kind === 'line' && isAppendixLabel(u.line.text)) appendixStarts.push(i);
  });
  const closingEnd = appendixStarts[0] ?? units.length;
  const closing = readClosing(units.slice(closingAt, closingEnd), ctx);
  // The type and the title's layout.
  const { type, from } = findType(title.type, header.attrs, title.addressees.length > 0 || header.letterSummary !== null);
  const h: HeaderAttrs = { ...header.attrs };
  if (!h.typeCode) {
    h.typeCode = typeCodeFor(type);
    ctx.report.attention(`Không đọc được ký hiệu tên loại trong số văn bản; ghi "${h.typeCode}" theo loại ${type.name.toLowerCase()}.`, { part: 'header', field: 'typeCode' });
  } else if (from === 'title' && type.code !== h.typeCode && !type.altCodes?.includes(h.typeCode)) {
    ctx.report.attention(`Số văn bản có ký hiệu "${h.typeCode}" nhưng tên loại là "${type.printedName}"; hãy xem lại.`, { part: 'header', field: 'typeCode' });
  }
  if (!h.issuerCode) {
    h.issuerCode = opts.issuerCode ?? 'TU';
    ctx.report.attention(`Không đọc được ký hiệu cơ quan ban hành trong số văn bản; tạm ghi "${h.issuerCode}", hãy sửa.`, { part: 'header', field: 'issuerCode' });
  }
  if (from === 'none') ctx.report.attention('Không nhận ra tên loại văn bản; tạm nhập là công văn, hãy chọn lại loại văn bản.', { part: 'title', field: 'typeName' });
  const letter = type.id === 'cong-van';
  const t: TitleAttrs = {
    layout: letter ? 'letter' : 'centered',
    typeName: letter ? '' : title.typeName || type.printedName,
    author: title.author,
    summary: (letter ? header.letterSummary ?? title.summary : title.summary || header.letterSummary) ?? '',
    addressees: title.addressees,
  };
  // The body: what the header left, the units between title and closing, what the closing left.
  const body: Node[] = [];
  body.push(...leftoverBlocks(header.leftovers, body.length, ctx, 'ở phần đầu văn bản không thuộc ô nào'));
  body.push(...blocksOf(units.slice(title.end, closingAt), { part: 'body' }, ctx, body.length));
  body.push(...leftoverBlocks(closing.leftovers, body.length, ctx, 'ở khối chữ ký không thuộc ô nào'));
  if (!closing.found.signature) ctx.report.attention('Không tìm thấy khối chữ ký (T/M, chức vụ, họ tên).', { part: 'signature' });
  if (!closing.found.recipients) ctx.report.attention('Không tìm thấy "Nơi nhận".', { part: 'recipients' });
  // Appendices: label, title (capitals or bold), blocks.
  const appendices = appendixStarts.map((startAt, k) => {
    const end = appendixStarts[k + 1] ?? units.length;
    const labelLine = (units[startAt] as { line: Line }).line;
    ctx.place(labelLine, 'appendix', 'appendix-label', { appendix: k });
    let i = startAt + 1;
    const titles: string[] = [];
    for (let u = units[i]; u && u.kind === 'line' && i < end && (looksLikeTitle(u.line) || !u.line.text) && titles.length < 3; u = units[i]) {
      if (u.line.text) { titles.push(u.line.text.replace(/\n/gu, ' ')); ctx.place(u.line, 'appendix', 'appendix-title', { appendix: k }); }
      else ctx.place(u.line, 'appendix', 'empty', { appendix: k });
      i += 1;
      if (titles.length && units[i]?.kind === 'line' && !(units[i] as { line: Line }).line.upper) break;
    }
    return { label: labelLine.text.replace(/\n/gu, ' '), title: titles.join(' '), blocks: blocksOf(units.slice(i, end), { part: 'appendix', appendix: k }, ctx) };
  });
  if (!body.length) body.push(schema.nodes.paragraph.create());
  stripClosingMark(body, h, ctx);
  const { draft } = assembleDraft({
    typeId: type.id, header: h, title: t, body, signature: closing.signature, items: closing.items, archive: closing.archive, appendices,
  }, ctx);
  for (const link of word.externalLinks) {
    ctx.report.attention(`Tệp có liên kết ra ngoài (${link.type}: ${link.target.slice(0, 80)}); vanthu không mở liên kết này.`, { part: 'body' });
  }
  return { draft, typeId: type.id, placements: ctx.placements(), report: ctx.report.build() };
}

/**
 * A Party header put in Word's page header (the first page's, else the default one) instead of the
 * text: read from there when the text has none. Its paragraphs are numbered apart from the text's,
 * so they get no placement; what it holds besides the header fields is reported, never dropped.
 */
function fromPageHeader(word: WordDocument, header: ReturnType<typeof readHeader>, ctx: RecogniseContext): void {
  const s = word.sections[0];
  const part = (s?.titlePage ? s.headers.first : null) ?? s?.headers.default;
  if (!part) return;
  const apart = new RecogniseContext();
  const read = readHeader(unitsOf(part.blocks), apart);
  if (read.end === 0 || (!read.attrs.issuer && !read.attrs.typeCode)) return;
  Object.assign(header.attrs, read.attrs);
  header.letterSummary = read.letterSummary;
  ctx.report.attention('Phần đầu văn bản (cơ quan, số, ngày tháng) nằm ở đầu trang (header) của Word; vanthu đưa vào phần đầu văn bản của trang 1.', { part: 'header' });
  for (const item of apart.report.build()) ctx.report.add(item.kind, item.message, { ...item.place, source: undefined });
  for (const l of read.leftovers) ctx.report.unplaced(`"${l.text.slice(0, 60)}" ở đầu trang (header) của Word không thuộc ô nào của phần đầu văn bản; hãy chép vào chỗ cần thiết.`, { part: 'header' });
}

/**
 * The closing mark ("./.") is printed by vanthu after the body's last text: the last block loses
 * the one it was typed with, keeping its full stop ("… chi bộ./." → "… chi bộ."), so the export prints
 * it once, by the profile (whether the text had its own full stop before the mark is not in the file).
 */
function stripClosingMark(body: Node[], header: HeaderAttrs, ctx: RecogniseContext): void {
  const mark = profileOfDraft({ format: 'vanthu-draft', version: 1, templateId: 'cong-van', layout: { profile: null, override: {} }, doc: { type: 'doc', content: [{ type: 'header', attrs: header }] } }).wording.closingMark;
  const i = body.length - 1;
  const last = body[i];
  if (mark.length < 2 || !last.isTextblock) return;
  const text = last.textContent.trimEnd();
  if (!text.endsWith(mark)) return;
  const cut = mark.startsWith('.') ? mark.length - 1 : mark.length;
  const end = last.content.size;
  body[i] = last.cut(0, end - cut);
  void ctx;
}
