/**
 * Desk search over both registers with the matching rule of ../search.ts (folded, word prefixes,
 * one-letter words through LIKE) plus the filters of the search screen (register, book, type,
 * sender, date range, status), newest first. A hit says which fields it matched beyond those the
 * screen always shows (number, summary, sender): `also` lists them ("Chuyển: Ban Tổ chức"), so no
 * result appears without its reason. An outgoing entry issued from a draft carries the draft's id.
 */
import type { DeskHit } from '../../../common/api/domains/desk-types';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { LIKE_FACTOR, planQuery, textHoldsAny, textMatches, textSql } from '../search';
import { stmt } from '../sql';

/** A desk search request. */
export interface DeskSearchQuery {
  text: string; register?: 'in' | 'out' | 'all'; bookId?: number; typeCode?: string; sender?: string;
  from?: string; to?: string; status?: string; limit?: number;
}

const OUT = `SELECT 'out' AS register, e.id, e.number, e.doc_date AS date, e.summary, '' AS sender, e.status,
  e.file_path IS NOT NULL AS hasFile, e.search_text AS searchText, e.type_code AS typeCode, e.type_id AS typeId,
  e.signer, e.recipients, e.secrecy, e.urgency, e.drafting_unit AS draftingUnit, e.notes, coalesce(e.cancel_reason, '') AS cancelReason,
  (SELECT d.id FROM drafts d WHERE d.outgoing_id = e.id AND d.trashed_at IS NULL LIMIT 1) AS draftId FROM out_entries e`;
const OUT_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.type_code = @type) AND @sender IS NULL
  AND (@from IS NULL OR e.doc_date >= @from) AND (@to IS NULL OR e.doc_date <= @to) AND (@status IS NULL OR e.status = @status)`;
const IN = `SELECT 'in' AS register, e.id, CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE 'Số đến ' || e.serial END AS number,
  e.received_date AS date, e.summary, e.sender, e.status,
  EXISTS (SELECT 1 FROM in_attachments a WHERE a.entry_id = e.id) AS hasFile, e.search_text AS searchText,
  e.serial, e.sender_number AS senderNumber, e.type_name AS typeName, e.routed_to AS routedTo, e.file_ref AS fileRef,
  e.notes, e.secrecy, e.urgency FROM in_entries e`;
const IN_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.sender_number LIKE '%-' || @type || '/%')
  AND (@sender IS NULL OR e.sender LIKE '%' || @sender || '%') AND (@from IS NULL OR e.received_date >= @from)
  AND (@to IS NULL OR e.received_date <= @to) AND (@status IS NULL OR e.status = @status)`;

type Raw = Record<string, unknown> & { register: 'in' | 'out'; id: number; number: string; date: string; summary: string; sender: string; status: string; hasFile: number; searchText: string };

/** The fields of a row the screen does not always show, labelled as the clerk reads them. */
function hiddenFields(r: Raw): { label: string; text: string }[] {
  const s = (k: string) => String(r[k] ?? '');
  const fields = r.register === 'in'
    ? [['Số đến', r.number === `Số đến ${s('serial')}` ? '' : s('serial')], ['Tên loại', s('typeName')], ['Chuyển', s('routedTo')],
      ['Hồ sơ', s('fileRef')], ['Ghi chú', s('notes')], ['Độ mật', s('secrecy')], ['Độ khẩn', s('urgency')]]
    : [['Tên loại', (DOC_TYPES.find((t) => t.id === r.typeId) ?? DOC_TYPES.find((t) => t.code === r.typeCode))?.name ?? ''],
      ['Người ký', s('signer')], ['Nơi nhận', (JSON.parse(s('recipients') || '[]') as string[]).join(', ')], ['Độ mật', s('secrecy')],
      ['Độ khẩn', s('urgency')], ['Đơn vị soạn', s('draftingUnit')], ['Ghi chú', s('notes')], ['Lý do hủy', s('cancelReason')]];
  return fields.filter(([, t]) => t).map(([label, text]) => ({ label, text }));
}

/**
 * The hidden fields that explain a hit: the query's phrases the shown fields do not hold, covered by
 * as few hidden fields as possible (the one holding the most missing phrases first).
 */
function reasons(fields: { label: string; text: string }[], shown: string, phrases: string[][]): { label: string; text: string }[] {
  let missing = phrases.filter((p) => !textMatches(shown, [p]));
  const out: { label: string; text: string }[] = [];
  while (missing.length) {
    const best = fields.map((f) => ({ f, held: missing.filter((p) => textHoldsAny(f.text, [p])) }))
      .filter((x) => x.held.length && !out.includes(x.f)).sort((a, b) => b.held.length - a.held.length)[0];
    if (!best) break;
    out.push(best.f);
    missing = missing.filter((p) => !best.held.includes(p));
  }
  return out;
}

/** Searches both registers; an empty text lists by the filters alone. */
export function deskSearch(ctx: Ctx, q: DeskSearchQuery): DeskHit[] {
  const plan = planQuery(q.text);
  if (plan.kind === 'none') return [];
  const limit = q.limit ?? 100;
  const p = {
    book: q.bookId ?? null, type: q.typeCode ?? null, sender: q.sender || null, from: q.from ?? null, to: q.to ?? null,
    status: q.status ?? null, limit: plan.kind === 'like' ? limit * LIKE_FACTOR : limit,
  };
  const phrases = plan.kind === 'fts' || plan.kind === 'like' ? plan.phrases : [];
  const run = (cols: string, table: string, where: string): DeskHit[] => {
    const t = textSql(plan, table);
    const rows = stmt(ctx.db, `${cols} ${t.join} WHERE ${t.where} AND ${where} ORDER BY ${t.order} LIMIT @limit`).all({ ...p, ...t.params }) as Raw[];
    return rows.filter((r) => !phrases.length || textMatches(r.searchText, phrases)).slice(0, limit).map((r) => {
      const also = phrases.length ? reasons(hiddenFields(r), [r.number, r.summary, r.sender].join(' '), phrases) : [];
      return {
        register: r.register, id: String(r.id), number: r.number, date: r.date, summary: r.summary, sender: r.sender, status: r.status,
        hasFile: Boolean(r.hasFile), ...(also.length ? { also } : {}), ...(r.draftId ? { draftId: String(r.draftId) } : {}),
      };
    });
  };
  const hits: DeskHit[] = [];
  if (q.register !== 'in') hits.push(...run(OUT, 'out_entries', OUT_WHERE));
  if (q.register !== 'out') hits.push(...run(IN, 'in_entries', IN_WHERE));
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return hits.slice(0, limit);
}

/** The folded words of a query, for highlighting matches in results. */
export function queryWords(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
