/**
 * Walking WordprocessingML content into the neutral model: paragraphs with their runs (text, tabs,
 * breaks, simple and complex fields), tables (merged cells, nested tables flattened into their
 * cell), content controls and tracked insertions read through (deletions dropped), and text boxes
 * (DrawingML or VML; of an mc:AlternateContent only the first choice is read, so a box is never
 * read twice). Text boxes become blocks after the paragraph that anchors them.
 */
import type { NumberingState } from './numbering';
import { merge, readParaProps, readRunProps, type ParaProps, type RunProps } from './props';
import { bordersDrawn, type StyleSheet } from './styles';
import type { WordBlock, WordCell, WordParagraph, WordPlace, WordRun, WordTable, WordTextBox } from './types';
import { attr, child, children, descendants, elements, emuToMm, is, MC, numAttr, onOff, twipsToMm, W, WP } from './xml';

/** What the walker needs: styles, numbering, counters of paragraphs and sections. */
export interface WalkContext {
  styles: StyleSheet;
  numbering: NumberingState;
  /** Last paragraph number given (seq counts from 1). */
  seq: number;
  /** Index of the current section. */
  section: number;
  /** Called for each paragraph carrying a w:sectPr (a section ends after it). */
  onSectionEnd?: () => void;
  /** Set when a PAGE field is met. */
  sawPageField: boolean;
}

interface FieldState {
  depth: number;
  instr: string;
  inResult: boolean;
}

const BASE_RUN: Omit<WordRun, 'text'> = { bold: false, italic: false, underline: false, strike: false, caps: false, smallCaps: false, font: null, sizePt: null };

function runOf(props: RunProps, styles: StyleSheet, text: string): WordRun {
  const font = props.font ?? (props.themeFont ? styles.themeFont(props.themeFont) : null);
  const run: WordRun = {
    ...BASE_RUN, text,
    bold: !!props.bold, italic: !!props.italic, underline: !!props.underline, strike: !!props.strike,
    caps: !!props.caps, smallCaps: !!props.smallCaps, font, sizePt: props.sizePt ?? null,
  };
  if (props.highlight) run.highlight = props.highlight;
  return run;
}

const SYM_DASHES: Record<string, string> = { F02D: '-', F0B7: '•' };

/** Collects the text boxes of a drawing or picture, the first choice of alternate content only. */
function textBoxesIn(el: Element, out: Element[]): void {
  for (const c of elements(el)) {
    if (is(c, 'AlternateContent', MC)) {
      const choice = child(c, 'Choice', MC) ?? child(c, 'Fallback', MC);
      if (choice) textBoxesIn(choice, out);
    } else if (is(c, 'txbxContent')) out.push(c);
    else textBoxesIn(c, out);
  }
}

function boxOffset(box: Element): { x: number | null; y: number | null } {
  let anchor: Element | null = box;
  while (anchor && !is(anchor, 'anchor', WP) && !is(anchor, 'inline', WP) && !(anchor.localName === 'shape' || anchor.localName === 'rect')) {
    anchor = anchor.parentNode as Element | null;
  }
  if (!anchor) return { x: null, y: null };
  if (is(anchor, 'anchor', WP)) {
    const x = Number.parseFloat(child(child(anchor, 'positionH', WP), 'posOffset', WP)?.textContent ?? '');
    const y = Number.parseFloat(child(child(anchor, 'positionV', WP), 'posOffset', WP)?.textContent ?? '');
    return { x: Number.isFinite(x) ? emuToMm(x) : null, y: Number.isFinite(y) ? emuToMm(y) : null };
  }
  const style = anchor.getAttribute?.('style') ?? '';
  const pt = (name: string) => {
    const m = new RegExp(`${name}:\\s*(-?[\\d.]+)pt`).exec(style);
    return m ? Math.round(Number(m[1]) * 2540 / 72) / 100 : null;
  };
  return { x: pt('margin-left'), y: pt('margin-top') };
}

/** Walks the inline content of a paragraph into runs; text boxes met are pushed to `boxes`. */
function walkInline(el: Element, ctx: WalkContext, paraRun: RunProps, runs: WordRun[], boxes: Element[], field: FieldState): void {
  for (const c of elements(el)) {
    if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
      const choice = child(c, 'Choice', MC) ?? child(c, 'Fallback', MC);
      if (choice) walkInline(choice, ctx, paraRun, runs, boxes, field);
      continue;
    }
    if (c.namespaceURI !== W) continue;
    switch (c.localName) {
      case 'r': walkRun(c, ctx, paraRun, runs, boxes, field); break;
      case 'hyperlink': case 'ins': case 'moveTo': case 'smartTag': case 'customXml': case 'dir': case 'bdo':
        walkInline(c, ctx, paraRun, runs, boxes, field); break;
      case 'sdt': walkInline(child(c, 'sdtContent') ?? c, ctx, paraRun, runs, boxes, field); break;
      case 'fldSimple': {
        const instr = (attr(c, 'instr') ?? '').trim().split(/\s+/)[0]?.toUpperCase() ?? '';
        if (instr === 'PAGE') ctx.sawPageField = true;
        const before = runs.length;
        walkInline(c, ctx, paraRun, runs, boxes, field);
        for (let i = before; i < runs.length; i += 1) runs[i].field = instr;
        break;
      }
      default: break; // del, moveFrom, bookmarks, comments, proofing marks: no text
    }
  }
}

function walkRun(r: Element, ctx: WalkContext, paraRun: RunProps, runs: WordRun[], boxes: Element[], field: FieldState): void {
  const direct = readRunProps(child(r, 'rPr'));
  const rStyle = attr(child(child(r, 'rPr'), 'rStyle'));
  const props = merge<RunProps>(paraRun, rStyle ? ctx.styles.run(rStyle) : undefined, direct);
  let text = '';
  const flush = () => {
    if (!text) return;
    if (field.depth > 0 && !field.inResult) { text = ''; return; }
    const run = runOf(props, ctx.styles, text);
    if (field.depth > 0) run.field = field.instr;
    runs.push(run);
    text = '';
  };
  for (const c of elements(r)) {
    if (c.namespaceURI === MC && c.localName === 'AlternateContent') { textBoxesIn(c, boxes); continue; }
    if (c.namespaceURI !== W) continue;
    switch (c.localName) {
      case 't': text += c.textContent ?? ''; break;
      case 'tab': case 'ptab': text += '\t'; break;
      case 'cr': text += '\n'; break;
      case 'br': {
        const type = attr(c, 'type');
        if (type === 'page' || type === 'column') {
          flush();
          runs.push({ ...runOf(props, ctx.styles, ''), break: type });
        } else text += '\n';
        break;
      }
      case 'noBreakHyphen': text += '-'; break;
      case 'sym': {
        const code = (attr(c, 'char') ?? '').toUpperCase();
        text += SYM_DASHES[code] ?? (/^[0-9A-F]{4}$/.test(code) && !code.startsWith('F') ? String.fromCharCode(Number.parseInt(code, 16)) : '');
        break;
      }
      case 'fldChar': {
        const type = attr(c, 'fldCharType');
        flush();
        if (type === 'begin') { field.depth += 1; if (field.depth === 1) { field.instr = ''; field.inResult = false; } }
        else if (type === 'separate') { if (field.depth === 1) { field.inResult = true; if (field.instr === 'PAGE') ctx.sawPageField = true; } }
        else if (type === 'end') { field.depth = Math.max(0, field.depth - 1); if (field.depth === 0) field.inResult = false; }
        break;
      }
      case 'instrText':
        if (field.depth === 1 && !field.inResult) {
          field.instr = `${field.instr} ${c.textContent ?? ''}`.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
          if (field.instr === 'PAGE') ctx.sawPageField = true;
        }
        break;
      case 'drawing': case 'pict': case 'object': textBoxesIn(c, boxes); break;
      default: break;
    }
  }
  flush();
}

/** Builds one paragraph (its text boxes follow it in `out`). */
function walkParagraph(p: Element, ctx: WalkContext, place: WordPlace, out: WordBlock[]): void {
  const pPr = child(p, 'pPr');
  const direct = readParaProps(pPr);
  const styleId = attr(child(pPr, 'pStyle')) ?? ctx.styles.defaultParagraphStyle;
  const fromStyle = ctx.styles.para(styleId);
  const numId = direct.numId ?? fromStyle.numId;
  const numLevel = direct.numLevel ?? fromStyle.numLevel ?? 0;
  const numbering = numId !== undefined ? ctx.numbering.next(numId, numLevel) : null;
  const props = merge<ParaProps>(ctx.styles.defaultsPara, fromStyle, numbering ? ctx.numbering.levelProps(numbering.numId, numLevel) : undefined, direct);
  const paraRun = merge<RunProps>(ctx.styles.defaultsRun, ctx.styles.run(styleId));
  const runs: WordRun[] = [];
  const boxes: Element[] = [];
  walkInline(p, ctx, paraRun, runs, boxes, { depth: 0, instr: '', inResult: false });
  ctx.seq += 1;
  const para: WordParagraph = {
    kind: 'paragraph', seq: ctx.seq, place,
    styleId, styleName: styleId ? ctx.styles.names[styleId] ?? styleId : null,
    alignment: props.alignment ?? 'left',
    indent: { leftMm: props.leftMm ?? 0, rightMm: props.rightMm ?? 0, firstLineMm: props.firstLineMm ?? 0 },
    spacing: { beforePt: props.beforePt ?? 0, afterPt: props.afterPt ?? 0, line: props.line ?? { rule: 'multiple', multiple: 1 } },
    keepNext: !!props.keepNext, pageBreakBefore: !!props.pageBreakBefore,
    numbering, runs, text: runs.map((r) => r.text).join(''), section: ctx.section,
  };
  const bottom = attr(child(child(pPr, 'pBdr'), 'bottom'));
  if (bottom && bottom !== 'nil' && bottom !== 'none') para.bottomBorder = true;
  out.push(para);
  for (const box of boxes) {
    const paragraphs: WordParagraph[] = [];
    const inner: WordBlock[] = [];
    walkBlocks(box, ctx, 'textbox', inner);
    for (const b of inner) {
      if (b.kind === 'paragraph') paragraphs.push(b);
      else if (b.kind === 'table') paragraphs.push(...b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)));
      else paragraphs.push(...b.paragraphs);
    }
    const { x, y } = boxOffset(box);
    const tb: WordTextBox = { kind: 'textbox', paragraphs, anchorSeq: para.seq, offsetXMm: x, offsetYMm: y, section: ctx.section };
    out.push(tb);
  }
  if (child(pPr, 'sectPr')) ctx.onSectionEnd?.();
}

function walkTable(t: Element, ctx: WalkContext, place: WordPlace): WordTable {
  const tblPr = child(t, 'tblPr');
  const styleId = attr(child(tblPr, 'tblStyle'));
  let bordered = bordersDrawn(child(tblPr, 'tblBorders')) ?? ctx.styles.tableBordered(styleId) ?? false;
  const gridMm = children(child(t, 'tblGrid'), 'gridCol').map((g) => twipsToMm(numAttr(g, 'w') ?? 0));
  const rows = children(t, 'tr').map((tr) => {
    const cells: WordCell[] = children(tr, 'tc').map((tc) => {
      const tcPr = child(tc, 'tcPr');
      if (bordersDrawn(child(tcPr, 'tcBorders'))) bordered = true;
      const vm = child(tcPr, 'vMerge');
      const w = child(tcPr, 'tcW');
      const inner: WordBlock[] = [];
      walkBlocks(tc, ctx, place === 'body' ? 'cell' : place, inner);
      const paragraphs = inner.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : b.paragraphs));
      return {
        paragraphs, blocks: inner, gridSpan: numAttr(child(tcPr, 'gridSpan')) ?? 1,
        vMerge: vm ? (attr(vm) === 'restart' ? 'restart' : 'continue') : null,
        widthMm: w && (attr(w, 'type') ?? 'dxa') === 'dxa' && numAttr(w, 'w') !== null ? twipsToMm(numAttr(w, 'w')!) : null,
      };
    });
    return { cells, header: onOff(child(child(tr, 'trPr'), 'tblHeader')) ?? false };
  });
  return { kind: 'table', rows, styleId, bordered, gridMm, section: ctx.section };
}

/** Walks block content (a body, a cell, a text box, a header) into `out`. */
export function walkBlocks(container: Element, ctx: WalkContext, place: WordPlace, out: WordBlock[]): void {
  for (const c of elements(container)) {
    if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
      const choice = child(c, 'Choice', MC) ?? child(c, 'Fallback', MC);
      if (choice) walkBlocks(choice, ctx, place, out);
      continue;
    }
    if (c.namespaceURI !== W) continue;
    switch (c.localName) {
      case 'p': walkParagraph(c, ctx, place, out); break;
      case 'tbl': out.push(walkTable(c, ctx, place)); break;
      case 'sdt': walkBlocks(child(c, 'sdtContent') ?? c, ctx, place, out); break;
      case 'customXml': case 'ins': case 'moveTo': walkBlocks(c, ctx, place, out); break;
      default: break;
    }
  }
}

/** Whether an element holds a PAGE field anywhere (simple or complex), for headers and footers. */
export function hasPageField(el: Element): boolean {
  if (descendants(el, 'fldSimple').some((f) => /^\s*PAGE\b/i.test(attr(f, 'instr') ?? ''))) return true;
  return descendants(el, 'instrText').some((i) => /^\s*PAGE\b/i.test(i.textContent ?? ''));
}
