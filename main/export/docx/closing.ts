/**
 * The closing (ô 7, 9): a borderless two-column table that cannot split across pages — left:
 * "Nơi nhận:" and its lines, groups bracketed by a brace with their purpose; right: authority,
 * title, space for signature and seal, name.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { RecipientsAttrs, SignatureAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { formatRecipientLines, type RecipientLine } from '../../../common/rules/recipients';
import { signatureLines } from '../../../common/rules/signature';
import { upperVi } from '../../../common/text/normalize';
import { CELL_MARGIN, layoutTable, splitColumns } from './layout';
import { braceLinesWidthPt, recipientHangPt, textWidthPt } from '../../../common/text/metrics';
import { styled, styleId } from './styles';
import { pt } from './units';

const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };
/** Height of one recipient line at 12 pt single spacing, in points (1.15 em). */
const LINE_PT = 13.8;

/** The signature block paragraphs. */
export function signatureBlock(s: SignatureAttrs, p: LayoutProfile): Paragraph[] {
  const { authority, title } = signatureLines(s);
  const out: Paragraph[] = [];
  if (authority) out.push(styled('signatureAuthority', upperVi(authority)));
  if (title) out.push(styled(authority ? 'signatureTitle' : 'signatureAuthority', upperVi(title)));
  for (let i = 0; i < p.signatureBlankLines; i++) out.push(styled('signatureSpace', ''));
  out.push(styled('signerName', s.name));
  return out;
}

/** A Nơi nhận line: its "- " dash hangs, so a long line wraps back under the text, not the dash. */
function recipientLine(text: string, p: LayoutProfile): Paragraph {
  const hang = pt(recipientHangPt(p.styles.recipient.sizePt));
  return styled('recipient', text, { indent: { left: hang, hanging: hang } });
}

/**
 * A bracketed group: lines | brace | purpose, as a nested borderless table. The lines' column is as
 * wide as the group's longest line (so the brace stands just after it), within the cell's width.
 */
function group(lines: RecipientLine[], width: number, p: LayoutProfile): Table {
  const purpose = lines[0].purpose;
  const braceW = 240;
  const size = p.styles.recipient.sizePt;
  const purposeW = Math.min(Math.round(pt(textWidthPt(purpose, p.styles.bracePurpose.sizePt)) + 2 * CELL_MARGIN + 60), Math.round(width / 2) - braceW);
  const linesW = Math.min(pt(braceLinesWidthPt(lines.map((l) => l.text), size)), width - braceW - purposeW);
  // The brace spans the lines as printed: a line longer than its column wraps (estimated from its width).
  const rows = (w: number) => (w <= linesW ? 1 : Math.ceil(w / (linesW * 0.9)));
  const printed = lines.reduce((n, l) => n + rows(pt(textWidthPt(l.text, size))), 0);
  const heightPx = Math.round((printed * LINE_PT) / 0.75);
  const cell = (w: number, children: Paragraph[], centre = false) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, margins: NO_MARGIN, verticalAlign: centre ? VerticalAlign.CENTER : VerticalAlign.TOP, children });
  const brace = new Paragraph({
    style: styleId('brace'),
    children: [new ShapeRun({ type: 'rightBrace', transformation: { width: 8, height: heightPx }, line: { color: '000000', width: 0.75 } })],
  });
  return new Table({
    width: { size: linesW + braceW + purposeW, type: WidthType.DXA },
    columnWidths: [linesW, braceW, purposeW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [
      cell(linesW, lines.map((l) => recipientLine(l.text, p))),
      cell(braceW, [brace], true),
      cell(purposeW, [styled('bracePurpose', purpose)], true),
    ] })],
  });
}

/** The Nơi nhận cell content. */
export function recipientsBlock(r: RecipientsAttrs, p: LayoutProfile, cellWidth: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [styled('recipientsLabel', p.wording.recipientsLabel)];
  const lines = formatRecipientLines(r, p.wording.recipientSeparator, p.wording.archivePrefix);
  for (let i = 0; i < lines.length; ) {
    const g = lines[i].group;
    if (g === null) {
      out.push(recipientLine(lines[i].text, p));
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].group === g) j++;
    out.push(group(lines.slice(i, j), cellWidth - 2 * CELL_MARGIN, p));
    i = j;
  }
  return out;
}

/** Writes the closing table. */
export function writeClosing(s: SignatureAttrs, r: RecipientsAttrs, p: LayoutProfile): Table {
  const [leftW, rightW] = splitColumns(p, p.closingLeftShare);
  return layoutTable([leftW, rightW], [recipientsBlock(r, p, leftW), signatureBlock(s, p)], { cantSplit: true });
}

