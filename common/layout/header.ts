/**
 * The printed lines of the header (ô 1–4, 10, 11; spec §2.1 "top-left block = 2 → * → 3 (→ 5b for
 * công văn, → 10a/10b); top-right block = 1 → rule → 4"), in the order they print:
 * 1. above the header table, across the width: the draft mark (right-aligned: "dự thảo often
 *    top-right above the tiêu đề", §2.3 (11)), then the circulation line ("usually top of page 1");
 * 2. left column: superior body, issuing body, star, number, a công văn's summary, secrecy, urgency;
 * 3. right column: ĐẢNG CỘNG SẢN VIỆT NAM, its rule, place and date.
 * This is the order the DOCX has always printed (checked against real documents).
 */
import type { HeaderAttrs } from '../model';
import { formatDateLine, fromIsoDate } from '../rules/date-line';
import { formatNumberLine } from '../rules/number';
import { textWidthPt } from '../text/metrics';
import type { LayoutContext } from './context';
import { printedLine, type PrintedLine } from './line';

/** Hint the page view shows for a công văn's empty summary. */
export const SUMMARY_HINT = '(trích yếu)';

/** The header's printed lines. */
export function headerLines(h: HeaderAttrs, ctx: LayoutContext): PrintedLine[] {
  const p = ctx.profile;
  const w = p.wording;
  const out: PrintedLine[] = [];
  if (h.draftMark.trim()) out.push(printedLine(p, 'draft-mark', 'draftMark', h.draftMark));
  if (h.circulation.trim()) out.push(printedLine(p, 'circulation', 'circulation', h.circulation));
  const left = { column: 'left' as const };
  if (h.superior.trim()) out.push(printedLine(p, 'superior', 'superior', h.superior, left));
  out.push(printedLine(p, 'issuer', 'issuer', h.issuer, left), printedLine(p, 'star', 'star', w.star, left));
  out.push(printedLine(p, 'number', 'number', formatNumberLine(w.numberPrefix, h.typeCode, h.issuerCode, h.serial), left));
  if (ctx.title.layout === 'letter') {
    const text = [w.summaryLeftPrefix, ctx.title.summary].filter(Boolean).join(' ');
    out.push(printedLine(p, 'letter-summary', 'summaryLeft', text, { ...left, breaks: true, hint: ctx.title.summary ? undefined : SUMMARY_HINT }));
  }
  if (h.secrecy) out.push(printedLine(p, 'secrecy', 'mark', h.secrecy, left));
  if (h.urgency) out.push(printedLine(p, 'urgency', 'mark', h.urgency, left));
  const right = { column: 'right' as const };
  const party = p.styles.partyTitle;
  out.push(printedLine(p, 'party-title', 'partyTitle', w.partyTitle, right));
  if (p.partyTitleRule) out.push({ ...printedLine(p, 'rule', 'partyTitle', '', right), widthPt: textWidthPt(w.partyTitle, party.sizePt, party.bold) });
  out.push(printedLine(p, 'place-date', 'dateLine', formatDateLine(h.place, h.date ? fromIsoDate(h.date) : null), right));
  return out;
}

