/**
 * The printed lines of the title (ô 5a): type name and author line when there are, the summary and
 * the short separator, centred; a công văn ("letter" layout) prints its summary in the header instead.
 * Then, when the document names addressees (công văn, tờ trình), the "Kính gửi:" lines.
 */
import type { TitleAttrs } from '../model';
import { addresseeLines } from '../rules/recipients';
import type { LayoutContext } from './context';
import { SUMMARY_HINT } from './header';
import { printedLine, type PrintedLine } from './line';

/** The title's printed lines. */
export function titleLines(t: TitleAttrs, ctx: LayoutContext): PrintedLine[] {
  const p = ctx.profile;
  const out: PrintedLine[] = [];
  const broken = { breaks: true };
  if (t.layout === 'centered') {
    if (t.typeName) out.push(printedLine(p, 'type-name', 'typeName', t.typeName, broken));
    if (t.author) out.push(printedLine(p, 'author-line', 'author', t.author, broken));
    out.push(printedLine(p, 'summary', 'summary', t.summary, { ...broken, hint: t.summary ? undefined : SUMMARY_HINT }));
    out.push(printedLine(p, 'separator', 'separator', p.wording.summarySeparator, broken));
  }
  addresseeLines(t.addressees, p.wording.recipientSeparator).forEach((line, i) => {
    out.push(printedLine(p, 'salutation', 'salutation', line, i === 0 ? { label: p.wording.salutation } : {}));
  });
  return out;
}
