/**
 * The title block (ô 5a): type name, optional author line, summary and the short separator, centred;
 * or, for a công văn ("letter" layout), only the "Kính gửi:" block (its summary is in the header).
 */
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { TitleAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { addresseeLines } from '../../../common/rules/recipients';
import { upperVi } from '../../../common/text/normalize';
import { manualLines } from '../../../common/text/manual-breaks';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import type { Component } from '../../../common/profile/types';
import { styleId } from './styles';
import { mm, pt } from './units';

/** "Kính gửi: - A, / - B." with the addressees aligned after the label. */
function salutation(t: TitleAttrs, p: LayoutProfile): Paragraph[] {
  const lines = addresseeLines(t.addressees, p.wording.recipientSeparator);
  const n = lines.length;
  const left = mm(p.salutationIndent.leftMm);
  const hang = mm(p.salutationIndent.hangingMm);
  return lines.map(stripNonXmlChars).map((line, i) => new Paragraph({
    style: styleId('salutation'),
    indent: { left, hanging: i === 0 ? hang : 0 },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    spacing: { before: i === 0 ? undefined : 0, after: i === n - 1 ? pt(6) : 0 },
    children: i === 0
      ? [new TextRun(p.wording.salutation), new TextRun({ children: [new Tab(), line] })]
      : [new TextRun(line)],
  }));
}

/**
 * A paragraph whose text may hold the drafter's manual breaks ("\n"): one run per line, each after
 * the first starting with a line break (<w:br/>), so Word and LibreOffice break exactly there.
 */
export function brokenParagraph(c: Component, text: string): Paragraph {
  const lines = manualLines(stripNonXmlChars(text.normalize('NFC')));
  return new Paragraph({ style: styleId(c), children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
}

/** Writes the title block. */
export function writeTitle(t: TitleAttrs, p: LayoutProfile): Paragraph[] {
  const out: Paragraph[] = [];
  if (t.layout === 'centered') {
    if (t.typeName) out.push(brokenParagraph('typeName', upperVi(t.typeName)));
    if (t.author) out.push(brokenParagraph('author', upperVi(t.author)));
    out.push(brokenParagraph('summary', t.summary));
    out.push(brokenParagraph('separator', p.wording.summarySeparator));
  }
  if (t.addressees.length > 0) out.push(...salutation(t, p));
  return out;
}
