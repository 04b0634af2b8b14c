/**
 * The styles of a Word document (word/styles.xml): document defaults and each style's paragraph
 * and run properties, resolved through `basedOn` (base first), with theme fonts named from
 * word/theme. A style chain deeper than 20 or circular is cut.
 */
import type { DocxPackage } from '../open/package';
import { merge, readParaProps, readRunProps, type ParaProps, type RunProps } from './props';
import { A, attr, child, children, descendants } from './xml';

interface RawStyle {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  para: ParaProps;
  run: RunProps;
  bordered: boolean | null;
}

/** The resolved styles of a document. */
export interface StyleSheet {
  defaultsRun: RunProps;
  defaultsPara: ParaProps;
  /** Id of the default paragraph style (Normal), if any. */
  defaultParagraphStyle: string | null;
  /** Name of a style by id. */
  names: Record<string, string>;
  /** Paragraph properties of a paragraph style, chain resolved (not including defaults). */
  para(styleId: string | null): ParaProps;
  /** Run properties of a paragraph or character style, chain resolved (not including defaults). */
  run(styleId: string | null): RunProps;
  /** Whether a table style draws borders (null when it says nothing). */
  tableBordered(styleId: string | null): boolean | null;
  /** Font name of a theme font reference ("minorHAnsi" → "Calibri"). */
  themeFont(ref: string): string | null;
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV'];

/** Whether a w:tblBorders / w:tcBorders draws any line (null when absent). */
export function bordersDrawn(borders: Element | null): boolean | null {
  if (!borders) return null;
  return BORDER_SIDES.some((s) => {
    const v = attr(child(borders, s));
    return v !== null && v !== 'nil' && v !== 'none';
  });
}

function themeFonts(pkg: DocxPackage): Record<string, string> {
  const rel = pkg.rels(pkg.mainPart).find((r) => r.type === 'theme' && !r.external);
  const doc = pkg.xml(rel ? `word/${rel.target.replace(/^\/?word\//, '')}` : 'word/theme/theme1.xml');
  const out: Record<string, string> = {};
  if (!doc) return out;
  const root = doc.documentElement as unknown as Element;
  for (const [kind, el] of [['major', descendants(root, 'majorFont', A)[0]], ['minor', descendants(root, 'minorFont', A)[0]]] as const) {
    const face = child(el, 'latin', A)?.getAttribute('typeface');
    if (face) for (const suffix of ['Ascii', 'HAnsi', 'EastAsia', 'Bidi']) out[`${kind}${suffix}`] = face;
  }
  return out;
}

/** Reads the styles of a package (an empty sheet when the package has none). */
export function readStyles(pkg: DocxPackage): StyleSheet {
  const rel = pkg.rels(pkg.mainPart).find((r) => r.type === 'styles' && !r.external);
  const doc = pkg.xml(rel ? `word/${rel.target.replace(/^\/?word\//, '')}` : 'word/styles.xml');
  const root = doc ? (doc.documentElement as unknown as Element) : null;
  const defaults = child(root, 'docDefaults');
  const defaultsRun = readRunProps(child(child(defaults, 'rPrDefault'), 'rPr'));
  const defaultsPara = readParaProps(child(child(defaults, 'pPrDefault'), 'pPr'));
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | null = null;
  for (const s of children(root, 'style')) {
    const id = attr(s, 'styleId') ?? '';
    const type = attr(s, 'type') ?? 'paragraph';
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'default') ?? '')) {
      defaultParagraphStyle = id;
    }
    raw.set(id, {
      id, type, name: attr(child(s, 'name')) ?? id, basedOn: attr(child(s, 'basedOn')),
      para: readParaProps(child(s, 'pPr')), run: readRunProps(child(s, 'rPr')),
      bordered: bordersDrawn(child(child(s, 'tblPr'), 'tblBorders')),
    });
  }
  const chain = (id: string | null): RawStyle[] => {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    for (let s = id ? raw.get(id) : undefined; s && !seen.has(s.id) && out.length < 20; s = s.basedOn ? raw.get(s.basedOn) : undefined) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  };
  const themes = themeFonts(pkg);
  return {
    defaultsRun, defaultsPara, defaultParagraphStyle,
    names: Object.fromEntries([...raw.values()].map((s) => [s.id, s.name])),
    para: (id) => merge<ParaProps>(...chain(id).map((s) => s.para)),
    run: (id) => merge<RunProps>(...chain(id).map((s) => s.run)),
    tableBordered: (id) => {
      for (const s of chain(id).reverse()) if (s.bordered !== null) return s.bordered;
      return null;
    },
    themeFont: (ref) => themes[ref] ?? null,
  };
}
