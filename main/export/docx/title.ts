/**
 * The title block (ô 5a): type name, optional author line, summary and the short separator, centred;
 * or, for a công văn ("letter" layout), only the "Kính gửi:" block (its summary is in the header).
 */
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { TitleAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { cleanRecipient } from '../../../common/rules/recipients';
import { upperVi } from '../../../common/text/normalize';
import { styled } from './header';
import { styleId } from './styles';
import { mm, pt } from './units';

/** "Kính gửi: - A, / - B." with the addressees aligned after the label. */
function salutation(t: TitleAttrs, p: LayoutProfile): Paragraph[] {
  const n = t.addressees.length;
  const left = mm(45);
  const hang = mm(22);
  const line = (a: string, i: number) => (n === 1 ? cleanRecipient(a) : `- ${cleanRecipient(a)}${i === n - 1 ? '.' : p.wording.recipientSeparator}`);
  return t.addressees.map((a, i) => new Paragraph({
    style: styleId('salutation'),
    indent: { left, hanging: i === 0 ? hang : 0 },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    spacing: { before: i === 0 ? undefined : 0, after: i === n - 1 ? pt(6) : 0 },
    children: i === 0
      ? [new TextRun(p.wording.salutation), new TextRun({ children: [new Tab(), line(a, i)] })]
      : [new TextRun(line(a, i))],
  }));
}

/** Writes the title block. */
export function writeTitle(t: TitleAttrs, p: LayoutProfile): Paragraph[] {
  const out: Paragraph[] = [];
  if (t.layout === 'centered') {
    if (t.typeName) out.push(styled('typeName', upperVi(t.typeName)));
    if (t.author) out.push(styled('author', upperVi(t.author)));
    out.push(styled('summary', t.summary));
    out.push(styled('separator', p.wording.summarySeparator));
  }
  if (t.addressees.length > 0) out.push(...salutation(t, p));
  return out;
}
