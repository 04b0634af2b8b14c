/**
 * Reading a Word package into the neutral model (read/types.ts): styles and numbering first, then
 * the body in reading order with the sections it is cut into (a w:sectPr in a paragraph ends a
 * section, the body's own w:sectPr is the last one), each section's page, margins and header and
 * footer parts (read with their own paragraph numbering).
 */
import type { DocxPackage } from '../open/package';
import { resolveTarget } from '../open/package';
import { hasPageField, walkBlocks, type WalkContext } from './blocks';
import { NumberingState } from './numbering';
import { readStyles, type StyleSheet } from './styles';
import type { WordBlock, WordDocument, WordHeaderFooter, WordHeaderFooterSet, WordSection } from './types';
import { attr, child, children, descendants, numAttr, onOff, R, twipsToMm, W } from './xml';

/** A4 portrait in millimetres, Word's fallback when a section gives no size is Letter; A4 is what Vietnamese offices use. */
const DEFAULT_PAGE = { w: 11906, h: 16838 };

function readPart(pkg: DocxPackage, part: string, styles: StyleSheet, numbering: NumberingState, place: 'header' | 'footer'): WordHeaderFooter | null {
  const doc = pkg.xml(part);
  if (!doc) return null;
  const root = doc.documentElement as unknown as Element;
  const ctx: WalkContext = { styles, numbering, seq: 0, section: 0, sawPageField: false };
  const blocks: WordBlock[] = [];
  walkBlocks(root, ctx, place, blocks);
  return { blocks, hasPageField: ctx.sawPageField || hasPageField(root) };
}

function readSection(sectPr: Element | null, pkg: DocxPackage, styles: StyleSheet, numbering: NumberingState): WordSection {
  const pgSz = child(sectPr, 'pgSz');
  const pgMar = child(sectPr, 'pgMar');
  const m = (name: string, fallback: number) => twipsToMm(numAttr(pgMar, name) ?? fallback);
  const rels = pkg.rels(pkg.mainPart);
  const refs = (kind: 'header' | 'footer'): WordHeaderFooterSet => {
    const set: WordHeaderFooterSet = { default: null, first: null, even: null };
    for (const ref of children(sectPr, `${kind}Reference`)) {
      const type = (attr(ref, 'type') ?? 'default') as keyof WordHeaderFooterSet;
      const rel = rels.find((r) => r.id === attr(ref, 'id', R) && !r.external);
      if (rel && type in set) set[type] = readPart(pkg, resolveTarget(pkg.mainPart, rel.target), styles, numbering, kind);
    }
    return set;
  };
  const width = numAttr(pgSz, 'w') ?? DEFAULT_PAGE.w;
  const height = numAttr(pgSz, 'h') ?? DEFAULT_PAGE.h;
  return {
    pageWidthMm: twipsToMm(width), pageHeightMm: twipsToMm(height),
    landscape: attr(pgSz, 'orient') === 'landscape' || width > height,
    margins: {
      topMm: m('top', 1440), bottomMm: m('bottom', 1440), leftMm: m('left', 1800), rightMm: m('right', 1800),
      headerMm: m('header', 720), footerMm: m('footer', 720), gutterMm: m('gutter', 0),
    },
    titlePage: onOff(child(sectPr, 'titlePg')) ?? false,
    pageNumberStart: numAttr(child(sectPr, 'pgNumType'), 'start'),
    headers: refs('header'),
    footers: refs('footer'),
  };
}

/** Reads an opened Word package into the neutral model. */
export function readWordDocument(pkg: DocxPackage): WordDocument {
  const styles = readStyles(pkg);
  const numbering = new NumberingState(pkg);
  const doc = pkg.xml(pkg.mainPart);
  const root = doc!.documentElement as unknown as Element;
  const body = child(root, 'body');
  const ctx: WalkContext = { styles, numbering, seq: 0, section: 0, sawPageField: false, onSectionEnd: () => { ctx.section += 1; } };
  const blocks: WordBlock[] = [];
  if (body) walkBlocks(body, ctx, 'body', blocks);
  const sectPrs = descendants(body, 'sectPr', W).filter((s) => s.parentNode && ((s.parentNode as Element).localName === 'pPr' || s.parentNode === body));
  const sections = (sectPrs.length ? sectPrs : [null]).map((s) => readSection(s, pkg, styles, numbering));
  const settings = pkg.xml('word/settings.xml');
  const settingsRoot = settings ? (settings.documentElement as unknown as Element) : null;
  const font = styles.defaultsRun.font ?? (styles.defaultsRun.themeFont ? styles.themeFont(styles.defaultsRun.themeFont) : null);
  return {
    sections,
    body: blocks,
    defaults: { font, sizePt: styles.defaultsRun.sizePt ?? null, evenAndOddHeaders: onOff(child(settingsRoot, 'evenAndOddHeaders')) ?? false },
    styleNames: styles.names,
    externalLinks: pkg.externalLinks,
    hadMacros: pkg.hadMacros,
  };
}
