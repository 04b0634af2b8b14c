/**
 * The body walker: one writer per node type of the free body, turning ProseMirror blocks into DOCX
 * paragraphs and tables. Marks become run formatting; everything else comes from the styles.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle, type ParagraphChild } from 'docx';
import type { Node } from 'prosemirror-model';
import type { Component, LayoutProfile } from '../../../common/profile';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { textWidth } from './layout';
import { styleId } from './styles';

/** What a block writer receives besides the node. */
export interface WriteContext {
  profile: LayoutProfile;
  /** Text appended to the last text of this block (the closing mark of the body). */
  suffix?: string;
  /** Keep this block on the page of the next one (the last body paragraph before the signature). */
  keepNext?: boolean;
}

/** Runs of an inline node sequence, marks applied. */
export function runs(node: Node, suffix = ''): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hard_break') out.push(new TextRun({ break: 1 }));
    else if (child.isText) {
      const has = (m: string) => child.marks.some((x) => x.type.name === m);
      out.push(new TextRun({
        text: stripNonXmlChars((child.text ?? '').normalize('NFC')),
        bold: has('bold') || undefined,
        italics: has('italic') || undefined,
        underline: has('underline') ? {} : undefined,
        // A template blank or sample sentence still in a draft export ("DỰ THẢO") prints as its text,
        // highlighted so reviewers see it; the issue gate keeps it out of a numbered document.
        highlight: has('placeholder') ? 'yellow' : undefined,
      }));
    }
  });
  if (suffix) out.push(new TextRun(suffix));
  return out;
}

function para(c: Component, node: Node, ctx: WriteContext): Paragraph {
  return new Paragraph({ style: styleId(c), children: runs(node, ctx.suffix), keepNext: ctx.keepNext || undefined, keepLines: ctx.keepNext || undefined });
}

const HEADING: Record<number, Component> = { 1: 'heading1', 2: 'heading2', 3: 'heading3' };
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in proportion to the longest text of each column (4 to 40 characters). */
function columnWidths(node: Node, total: number): number[] {
  const cols = node.firstChild?.childCount ?? 1;
  const longest = Array<number>(cols).fill(4);
  node.forEach((row) => row.forEach((cell, _o, i) => {
    longest[i] = Math.min(40, Math.max(longest[i], cell.textContent.length));
  }));
  const sum = longest.reduce((a, b) => a + b, 0);
  const widths = longest.map((l) => Math.floor((total * l) / sum));
  widths[cols - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(node: Node, ctx: WriteContext): Table {
  const widths = columnWidths(node, textWidth(ctx.profile));
  const rows: TableRow[] = [];
  let cells = 0;
  node.forEach((row) => rows.push(new TableRow({
    tableHeader: row === node.firstChild,
    cantSplit: true,
    children: mapChildren(row, (cell) => new TableCell({
      width: { size: widths[cells++ % widths.length], type: WidthType.DXA },
      children: mapChildren(cell, (p) => cellParagraph(p, cell.attrs.header as boolean)),
    })),
  })));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows,
  });
}

function cellParagraph(p: Node, header: boolean): Paragraph {
  const children = header ? [new TextRun({ text: stripNonXmlChars(p.textContent.normalize('NFC')), bold: true })] : runs(p);
  return new Paragraph({ style: styleId('tableText'), alignment: header ? AlignmentType.CENTER : undefined, children });
}

function mapChildren<T>(node: Node, f: (n: Node) => T): T[] {
  const out: T[] = [];
  node.forEach((c) => out.push(f(c)));
  return out;
}

/** Writers of the body's block nodes, by node name. */
export const BLOCK_WRITERS = {
  paragraph: (n: Node, ctx: WriteContext) => [para('body', n, ctx)],
  heading: (n: Node, ctx: WriteContext) => [para(HEADING[n.attrs.level as number] ?? 'heading3', n, ctx)],
  dash_item: (n: Node, ctx: WriteContext) => [para('dashItem', n, ctx)],
  centered_heading: (n: Node, ctx: WriteContext) => [para('centeredHeading', n, ctx)],
  // Word needs a paragraph between a table and what follows; keep it one small line high.
  table: (n: Node, ctx: WriteContext) => [table(n, ctx), new Paragraph({ spacing: { line: 120, lineRule: 'exact' }, children: [] })],
} satisfies Record<string, (n: Node, ctx: WriteContext) => (Paragraph | Table)[]>;

/** Writes a sequence of blocks; the last one gets `last` context (closing mark, keep with next). */
export function writeBlocks(container: Node, profile: LayoutProfile, last: Omit<WriteContext, 'profile'> = {}): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  container.forEach((block, _off, i) => {
    const writer = BLOCK_WRITERS[block.type.name as keyof typeof BLOCK_WRITERS];
    const isLast = i === container.childCount - 1;
    out.push(...writer(block, isLast ? { profile, ...last } : { profile }));
  });
  return out;
}
