/**
 * The printed lines of Nơi nhận (ô 9, left column of the closing): the heading ("Nơi nhận:"), one
 * line per addressee ending with the separator, a group of lines with one purpose bracketed by a
 * brace ("} để báo cáo"), and the file copy "- Lưu …." last — wordings from the profile.
 */
import type { RecipientsAttrs } from '../model';
import { formatRecipientLines } from '../rules/recipients';
import type { LayoutContext } from './context';
import { printedLine, type PrintedLine } from './line';

/** The Nơi nhận printed lines; a brace group is one line (its purpose) holding its lines. */
export function recipientsLines(r: RecipientsAttrs, ctx: LayoutContext): PrintedLine[] {
  const p = ctx.profile;
  const w = p.wording;
  const left = { column: 'left' as const };
  const item = (text: string) => printedLine(p, 'recipient-item', 'recipient', text, left);
  const out: PrintedLine[] = [printedLine(p, 'recipients-heading', 'recipientsLabel', w.recipientsLabel, left)];
  const lines = formatRecipientLines(r, w.recipientSeparator, w.archivePrefix);
  for (let i = 0; i < lines.length; ) {
    const l = lines[i];
    if (l.group === null) {
      out.push(item(l.text));
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].group === l.group) j++;
    out.push(printedLine(p, 'brace-group', 'bracePurpose', l.purpose, { ...left, lines: lines.slice(i, j).map((g) => item(g.text)) }));
    i = j;
  }
  return out;
}
