/**
 * The title (ô 5a, 5b) after the header: the type name (NGHỊ QUYẾT …, possibly with the author on
 * the same line), the author lines in capitals, the summary ("về …") up to the short separator,
 * and "Kính gửi:" with its addressees (one on the label's line, or "- A," "- B." lines after it).
 */
import { cleanRecipient } from '../../../common/rules/recipients';
import type { DocType } from '../../../common/rules/doc-types';
import { upperVi } from '../../../common/text/normalize';
import type { RecogniseContext } from './context';
import type { Line, Unit } from './lines';
import { addresseesAt, authorityAt, isDashed, isRecipientsLabel, isRuleText, typeNameAt } from './patterns';

/** What the title gave. */
export interface TitleRead {
  type: DocType | null;
  typeName: string;
  author: string;
  summary: string;
  addressees: string[];
  /** Index of the first unit after the title. */
  end: number;
}

function lineAt(units: Unit[], i: number): Line | null {
  const u = units[i];
  return u && u.kind === 'line' ? u.line : null;
}

/** Reads the title from unit `start`. */
export function readTitle(units: Unit[], start: number, ctx: RecogniseContext): TitleRead {
  const out: TitleRead = { type: null, typeName: '', author: '', summary: '', addressees: [], end: start };
  let i = start;
  const skipEmpty = () => { while (lineAt(units, i) && !lineAt(units, i)!.text && !lineAt(units, i)!.para.runs.some((r) => r.break)) { ctx.place(lineAt(units, i)!, 'title', 'empty'); i += 1; } };
  skipEmpty();
  const first = lineAt(units, i);
  const typed = first && first.segments.length === 1 ? typeNameAt(first.text.replace(/\n/gu, ' ')) : null;
  if (first && typed && (first.upper || first.bold || first.para.alignment === 'center')) {
    out.type = typed.type;
    out.typeName = typed.type.printedName;
    ctx.place(first, 'title', 'type-name');
    if (first.text.replace(/\n/gu, ' ') !== typed.type.printedName && !typed.rest) {
      if (upperVi(first.text) !== typed.type.printedName || !first.upper) {
        ctx.report.normalised(`Tên loại "${first.text}" in là "${typed.type.printedName}".`, { part: 'title', field: 'typeName', source: first.seq });
      }
    }
    const authors: string[] = [];
    const summary: string[] = [];
    if (typed.rest) (/^\p{Lu}/u.test(typed.rest) && typed.rest === upperVi(typed.rest) ? authors : summary).push(typed.rest);
    i += 1;
    // Author lines: capitals, before the summary.
    for (let l = lineAt(units, i); l && l.text && l.upper && !summary.length && !isRuleText(l.text) && addresseesAt(l.text) === null; l = lineAt(units, i)) {
      authors.push(l.text);
      ctx.place(l, 'title', 'author');
      i += 1;
    }
    // Summary lines: centred or bold, up to the separator, at most four paragraphs.
    for (let l = lineAt(units, i); l && l.text && summary.length < 4; l = lineAt(units, i)) {
      if (isRuleText(l.text) || addresseesAt(l.text) !== null || authorityAt(l.text) || isRecipientsLabel(l.text)) break;
      if (l.para.alignment !== 'center' && !l.bold) break;
      summary.push(l.text);
      ctx.place(l, 'title', 'summary');
      i += 1;
    }
    out.author = authors.join('\n');
    out.summary = summary.join('\n');
    const sep = lineAt(units, i);
    if (sep && (isRuleText(sep.text) || (!sep.text && sep.para.bottomBorder))) { ctx.place(sep, 'title', 'separator'); i += 1; }
  }
  skipEmpty();
  const label = lineAt(units, i);
  const after = label ? addresseesAt(label.text.replace(/\n/gu, ' ')) : null;
  if (label && after !== null) {
    ctx.place(label, 'title', 'addressees');
    const raw: string[] = after ? after.split(/\t+| {3,}/u) : [];
    i += 1;
    for (let l = lineAt(units, i); l && l.text && isDashed(l.text) && (raw.length === 0 || isDashed(raw[0]) || raw.length > 0); l = lineAt(units, i)) {
      if (!isDashed(l.text) || (raw.length === 1 && !isDashed(raw[0]))) break;
      raw.push(l.text);
      ctx.place(l, 'title', 'addressees');
      i += 1;
    }
    out.addressees = raw.map(cleanRecipient).filter(Boolean);
  }
  out.end = i;
  return out;
}
