/**
 * Paragraph and run properties as partial records, read from w:pPr / w:rPr of a style or of the
 * text itself, and merged in the order Word applies them (defaults, style chain, numbering level,
 * direct formatting): a later level overrides only what it sets.
 */
import type { WordAlignment, WordLineSpacing } from './types';
import { attr, child, numAttr, onOff, twipsToMm } from './xml';

/** Run properties some level sets. */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  font?: string;
  /** Theme font reference ("minorHAnsi") when no font name is given. */
  themeFont?: string;
  sizePt?: number;
  highlight?: string;
}

/** Paragraph properties some level sets. */
export interface ParaProps {
  alignment?: WordAlignment;
  leftMm?: number;
  rightMm?: number;
  firstLineMm?: number;
  beforePt?: number;
  afterPt?: number;
  line?: WordLineSpacing;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numId?: string;
  numLevel?: number;
}

const set = <T extends object, K extends keyof T>(o: T, k: K, v: T[K] | null | undefined) => { if (v !== null && v !== undefined) o[k] = v; };

/** Reads a w:rPr. */
export function readRunProps(rPr: Element | null): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  set(p, 'bold', onOff(child(rPr, 'b')));
  set(p, 'italic', onOff(child(rPr, 'i')));
  const u = child(rPr, 'u');
  if (u) p.underline = (attr(u) ?? 'single') !== 'none';
  set(p, 'strike', onOff(child(rPr, 'strike')) ?? onOff(child(rPr, 'dstrike')));
  set(p, 'caps', onOff(child(rPr, 'caps')));
  set(p, 'smallCaps', onOff(child(rPr, 'smallCaps')));
  const fonts = child(rPr, 'rFonts');
  if (fonts) {
    const name = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi');
    if (name) p.font = name;
    else set(p, 'themeFont', attr(fonts, 'asciiTheme') ?? attr(fonts, 'hAnsiTheme'));
  }
  const sz = numAttr(child(rPr, 'sz'));
  if (sz !== null) p.sizePt = sz / 2;
  const hl = attr(child(rPr, 'highlight'));
  if (hl && hl !== 'none') p.highlight = hl;
  return p;
}

const ALIGN: Record<string, WordAlignment> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right',
  both: 'justify', distribute: 'justify', lowKashida: 'justify', mediumKashida: 'justify', highKashida: 'justify', thaiDistribute: 'justify',
};

/** Reads a w:pPr (numbering reference included). */
export function readParaProps(pPr: Element | null): ParaProps {
  const p: ParaProps = {};
  if (!pPr) return p;
  const jc = attr(child(pPr, 'jc'));
  if (jc && ALIGN[jc]) p.alignment = ALIGN[jc];
  const ind = child(pPr, 'ind');
  if (ind) {
    const left = numAttr(ind, 'left') ?? numAttr(ind, 'start');
    const right = numAttr(ind, 'right') ?? numAttr(ind, 'end');
    const first = numAttr(ind, 'firstLine');
    const hanging = numAttr(ind, 'hanging');
    if (left !== null) p.leftMm = twipsToMm(left);
    if (right !== null) p.rightMm = twipsToMm(right);
    if (hanging !== null) p.firstLineMm = -twipsToMm(hanging);
    else if (first !== null) p.firstLineMm = twipsToMm(first);
  }
  const sp = child(pPr, 'spacing');
  if (sp) {
    const before = numAttr(sp, 'before');
    const after = numAttr(sp, 'after');
    if (before !== null) p.beforePt = before / 20;
    if (after !== null) p.afterPt = after / 20;
    const line = numAttr(sp, 'line');
    if (line !== null) {
      const rule = attr(sp, 'lineRule') ?? 'auto';
      p.line = rule === 'exact' || rule === 'atLeast' ? { rule, pt: line / 20 } : { rule: 'multiple', multiple: Math.round((line / 240) * 100) / 100 };
    }
  }
  set(p, 'keepNext', onOff(child(pPr, 'keepNext')));
  set(p, 'pageBreakBefore', onOff(child(pPr, 'pageBreakBefore')));
  const numPr = child(pPr, 'numPr');
  if (numPr) {
    const id = attr(child(numPr, 'numId'));
    if (id !== null) p.numId = id;
    const lvl = numAttr(child(numPr, 'ilvl'));
    if (lvl !== null) p.numLevel = lvl;
  }
  return p;
}

/** Merges levels of properties, later ones winning field by field. */
export function merge<T extends object>(...levels: (T | undefined)[]): T {
  return Object.assign({}, ...levels.filter(Boolean)) as T;
}
