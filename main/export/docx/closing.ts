/**
 * The closing (ô 7, 9) as DOCX: a borderless two-column table that cannot split across pages — left:
 * the plan's Nơi nhận lines (common/layout/recipients.ts), groups bracketed by a brace shape with
 * their purpose; right: the signature's lines (common/layout/signature.ts).
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { PrintedLine } from '../../../common/layout';
import type { LayoutProfile } from '../../../common/profile';
import { braceLinesWidthPt, recipientHangPt, textWidthPt } from '../../../common/text/metrics';
import { braceRun } from './brace';
import { CELL_MARGIN, layoutTable, lineParagraph, splitColumns } from './layout';
import { styleId } from './styles';
import { pt } from './units';

const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };
/** Height of one recipient line at 12 pt single spacing, in points (1.15 em). */
const LINE_PT = 13.8;

/** A Nơi nhận line: its "- " dash hangs, so a long line wraps back under the text, not the dash. */
function recipientLine(line: PrintedLine): Paragraph {
  const hang = pt(recipientHangPt(line.style.sizePt));
  return lineParagraph(line, { indent: { left: hang, hanging: hang } });
}

/**
 * A bracketed group: lines | brace | purpose, as a nested borderless table. The lines' column is as
 * wide as the group's longest line (so the brace stands just after it), within the cell's width.
 */
function group(g: PrintedLine, width: number, p: LayoutProfile): Table {
  const lines = g.lines ?? [];
  const purpose = g.text;
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
    children: [braceRun(8, heightPx)],
  });
  return new Table({
    width: { size: linesW + braceW + purposeW, type: WidthType.DXA },
    columnWidths: [linesW, braceW, purposeW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [
      cell(linesW, lines.map(recipientLine)),
      cell(braceW, [brace], true),
      cell(purposeW, [lineParagraph(g)], true),
    ] })],
  });
}

/** The Nơi nhận cell: its lines as paragraphs, each brace group as a nested table. */
function recipientsCell(lines: readonly PrintedLine[], p: LayoutProfile, cellWidth: number): (Paragraph | Table)[] {
  return lines.map((l) => {
    if (l.role === 'brace-group') return group(l, cellWidth - 2 * CELL_MARGIN, p);
    return l.role === 'recipient-item' ? recipientLine(l) : lineParagraph(l);
  });
}

/** Writes the closing table: Nơi nhận's lines in the left cell, the signature's in the right. */
export function writeClosing(signature: readonly PrintedLine[], recipients: readonly PrintedLine[], p: LayoutProfile): Table {
  const [leftW, rightW] = splitColumns(p, p.closingLeftShare);
  return layoutTable([leftW, rightW], [recipientsCell(recipients, p, leftW), signature.map((l) => lineParagraph(l))], { cantSplit: true });
}
