/**
 * The header of page 1 (ô 1–4, 10, 11): found at the start of the document as a layout table, text
 * boxes, tab-aligned lines or stacked paragraphs, and read into the header's fields — superior and
 * issuing body, star, number (typeCode, issuerCode, serial), place and date, party title, secrecy,
 * urgency, draft mark, circulation, and a công văn's summary under the number.
 */
import type { HeaderAttrs } from '../../../common/model/nodes/header';
import { upperVi } from '../../../common/text/normalize';
import type { RecogniseContext } from './context';
import { linesOfUnit, type Line, type Segment, type Side, type Unit } from './lines';
import { readDateLine, readNumberLine } from './number-date';
import {
  addresseesAt, authorityAt, isDateLine, isDraftMark, isNumberLine, isPartyTitle, isRecipientsLabel, isRuleText, isStar, secrecyOf, typeNameAt, urgencyOf,
} from './patterns';

/** What the header gave. */
export interface HeaderRead {
  attrs: HeaderAttrs;
  /** A công văn's summary found under the number (left column), if any. */
  letterSummary: string | null;
  /** Lines of the header region nothing took (they go to the body). */
  leftovers: Line[];
  /** Index of the first unit after the header. */
  end: number;
}

type Kind = 'party-title' | 'star' | 'number' | 'place-date' | 'rule' | 'secrecy' | 'urgency' | 'draft-mark' | 'name' | 'other';

function kindOf(text: string, line: Line): Kind {
  if (isPartyTitle(text)) return 'party-title';
  if (isStar(text)) return 'star';
  if (isNumberLine(text)) return 'number';
  if (isDateLine(text)) return 'place-date';
  if (isRuleText(text)) return 'rule';
  if (secrecyOf(text)) return 'secrecy';
  if (urgencyOf(text)) return 'urgency';
  if (isDraftMark(text)) return 'draft-mark';
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters && (letters === upperVi(letters) || line.upper) && text.length <= 120) return 'name';
  return 'other';
}

const MARKERS: Kind[] = ['party-title', 'star', 'number', 'place-date'];

/** Whether a unit is part of the header: a table or text box holding a header marker, or a line of header items. */
function headerLike(u: Unit, seenNumber: boolean): boolean {
  const lines = linesOfUnit(u);
  if (u.kind !== 'line') return lines.some((l) => l.segments.some((s) => MARKERS.includes(kindOf(s.text, l))));
  const l = u.line;
  if (!l.text) return true;
  if (l.para.runs.some((r) => r.break === 'page')) return false;
  const first = l.segments[0].text;
  if (typeNameAt(first) && l.segments.length === 1 && (l.upper || l.bold)) return false;
  if (addresseesAt(first) !== null || isRecipientsLabel(first) || authorityAt(first)) return false;
  return l.segments.every((s) => {
    const k = kindOf(s.text, l);
    if (k === 'name') return !seenNumber || s.side === 'right';
    return k !== 'other' || (seenNumber && /^V\/v\b/u.test(s.text));
  });
}

/** Reads the header from the first units. */
export function readHeader(units: Unit[], ctx: RecogniseContext): HeaderRead {
  let end = 0;
  let seenNumber = false;
  let seenMarker = false;
  const tableAhead = (i: number) => units.slice(i + 1, i + 3).some((u) => u.kind === 'table' && headerLike(u, false));
  const aboveTable = (i: number) => !seenMarker && units[i].kind === 'line' && (units[i] as { line: Line }).line.text.length <= 120 && tableAhead(i);
  while (end < units.length && (headerLike(units[end], seenNumber) || aboveTable(end))) {
    const lines = linesOfUnit(units[end]);
    if (lines.some((l) => l.segments.some((s) => kindOf(s.text, l) === 'number'))) seenNumber = true;
    if (lines.some((l) => l.segments.some((s) => MARKERS.includes(kindOf(s.text, l))))) seenMarker = true;
    end += 1;
    // A lone uppercase line after the whole header is the type name's business, not the header's.
    if (seenNumber && lines.some((l) => l.segments.some((s) => kindOf(s.text, l) === 'place-date'))) {
      while (end < units.length && units[end].kind === 'line' && !(units[end] as { line: Line }).line.text) end += 1;
      break;
    }
  }
  if (!seenMarker) end = 0;
  const attrs: HeaderAttrs = {
    superior: '', issuer: '', typeCode: '', issuerCode: '', serial: null, place: '', date: null,
    secrecy: '', urgency: '', circulation: '', draftMark: '',
  };
  const names: { seg: Segment; line: Line }[] = [];
  const leftovers: Line[] = [];
  const letter: string[] = [];
  let afterNumber = false;
  let numberSide: Side = null;
  const at = (l: Line) => ({ part: 'header' as const, source: l.seq });
  // Lines above a header table are the draft mark and the circulation line (as vanthu prints them).
  const tableAt = units.slice(0, end).findIndex((u) => u.kind === 'table');
  const circulation: string[] = [];
  for (const [ui, u] of units.slice(0, end).entries()) {
    if (ui < tableAt && u.kind === 'line' && u.line.text && ['name', 'other'].includes(kindOf(u.line.text, u.line))) {
      circulation.push(u.line.text);
      ctx.place(u.line, 'header', 'circulation');
      continue;
    }
    for (const l of linesOfUnit(u)) {
      if (!l.text) {
        ctx.place(l, 'header', l.para.bottomBorder ? 'rule' : 'empty');
        continue;
      }
      for (const seg of l.segments) {
        const side = seg.side ?? l.side;
        const k = kindOf(seg.text, l);
        switch (k) {
          case 'party-title':
            ctx.place(l, 'header', 'party-title');
            if (seg.text !== 'ĐẢNG CỘNG SẢN VIỆT NAM') ctx.report.normalised(`Tiêu đề "${seg.text}" in đúng là "ĐẢNG CỘNG SẢN VIỆT NAM".`, at(l));
            break;
          case 'star': ctx.place(l, 'header', 'star'); break;
          case 'rule': ctx.place(l, 'header', 'rule'); break;
          case 'secrecy': attrs.secrecy = secrecyOf(seg.text)!; ctx.place(l, 'header', 'secrecy'); break;
          case 'urgency': attrs.urgency = urgencyOf(seg.text)!; ctx.place(l, 'header', 'urgency'); break;
          case 'draft-mark': attrs.draftMark = seg.text; ctx.place(l, 'header', 'draft-mark'); break;
          case 'number': {
            const n = readNumberLine(seg.text)!;
            ctx.place(l, 'header', 'number');
            afterNumber = true;
            numberSide = side;
            if (n.problem) ctx.report.attention(n.problem, { ...at(l), field: 'number' });
            for (const c of n.changes) ctx.report.normalised(c, { ...at(l), field: 'number' });
            attrs.typeCode = n.typeCode; attrs.issuerCode = n.issuerCode; attrs.serial = n.serial;
            break;
          }
          case 'place-date': {
            const d = readDateLine(seg.text)!;
            ctx.place(l, 'header', 'place-date');
            attrs.place = d.place; attrs.date = d.date;
            if (d.problem) ctx.report.attention(d.problem, { ...at(l), field: 'date' });
            for (const c of d.changes) ctx.report.normalised(c, { ...at(l), field: 'date' });
            break;
          }
          case 'name':
            if (afterNumber && side !== 'right') { letter.push(seg.text); ctx.place(l, 'header', 'summary-left'); }
            else names.push({ seg, line: l });
            break;
          default:
            if (afterNumber && (side === numberSide || side === null || side === 'left')) { letter.push(seg.text); ctx.place(l, 'header', 'summary-left'); }
            else if (!leftovers.includes(l)) leftovers.push(l);
        }
      }
    }
  }
  // Upper-case lines before the number: superior (regular) then issuing body (bold); one line is the issuing body.
  attrs.circulation = circulation.join(' ');
  const bodyNames = names.filter((n) => (n.seg.side ?? n.line.side) !== 'right');
  if (bodyNames.length === 1) {
    attrs.issuer = upperVi(bodyNames[0].seg.text);
    ctx.place(bodyNames[0].line, 'header', 'issuer');
  } else if (bodyNames.length >= 2) {
    const boldAt = bodyNames.findIndex((n) => n.line.bold);
    const split = boldAt > 0 ? boldAt : bodyNames.length - 1;
    attrs.superior = upperVi(bodyNames.slice(0, split).map((n) => n.seg.text).join(' '));
    attrs.issuer = upperVi(bodyNames.slice(split).map((n) => n.seg.text).join(' '));
    bodyNames.forEach((n, i) => ctx.place(n.line, 'header', i < split ? 'superior' : 'issuer'));
  }
  for (const n of names.filter((x) => !bodyNames.includes(x))) if (!leftovers.includes(n.line)) leftovers.push(n.line);
  return { attrs, letterSummary: letter.length ? letter.join('\n') : null, leftovers, end };
}
