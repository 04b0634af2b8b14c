/**
 * Reading an exported DOCX the way Word does, for assertions: unzip, parse the XML, and resolve each
 * paragraph's and run's properties through document defaults, the style chain and direct formatting.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';

/** Resolved formatting of a run. */
export interface RunProps {
  text: string;
  font: string | null;
  fontHAnsi: string | null;
  sizePt: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  color: string | null;
}

/** A paragraph with its resolved formatting. */
export interface Para {
  el: Element;
  text: string;
  style: string | null;
  align: string | null;
  firstLine: number;
  indentLeft: number;
  indentRight: number;
  borderBottom: string | null;
  runs: RunProps[];
  /** Run formatting of the paragraph when it has no runs (empty lines). */
  base: RunProps;
}

const kids = (el: Element | null | undefined, name: string): Element[] =>
  el ? Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).nodeName === name) : [];
const kid = (el: Element | null | undefined, name: string) => kids(el, name)[0] ?? null;
const attr = (el: Element | null, name: string) => (el ? el.getAttribute(name) : null);
const on = (el: Element | null) => el !== null && !['0', 'false', 'none'].includes(attr(el, 'w:val') ?? 'true');

type PartialRun = Partial<Omit<RunProps, 'text'>>;

function readRPr(rPr: Element | null): PartialRun {
  const out: PartialRun = {};
  if (!rPr) return out;
  const fonts = kid(rPr, 'w:rFonts');
  if (fonts) {
    if (attr(fonts, 'w:ascii')) out.font = attr(fonts, 'w:ascii');
    if (attr(fonts, 'w:hAnsi')) out.fontHAnsi = attr(fonts, 'w:hAnsi');
  }
  const sz = kid(rPr, 'w:sz');
  if (sz) out.sizePt = Number(attr(sz, 'w:val')) / 2;
  if (kid(rPr, 'w:b')) out.bold = on(kid(rPr, 'w:b'));
  if (kid(rPr, 'w:i')) out.italic = on(kid(rPr, 'w:i'));
  if (kid(rPr, 'w:u')) out.underline = on(kid(rPr, 'w:u'));
  if (kid(rPr, 'w:color')) out.color = attr(kid(rPr, 'w:color'), 'w:val');
  return out;
}

/** An unzipped DOCX with a style resolver. */
export class Docx {
  readonly files: Record<string, Uint8Array>;
  readonly document: XmlDocument;
  readonly styles: XmlDocument;
  private readonly styleEls = new Map<string, Element>();

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
    this.document = this.xml('word/document.xml');
    this.styles = this.xml('word/styles.xml');
    for (const s of Array.from(this.styles.getElementsByTagName('w:style'))) this.styleEls.set(attr(s, 'w:styleId')!, s);
  }

  /** Parses one part of the package. */
  xml(path: string): XmlDocument {
    const data = this.files[path];
    if (!data) throw new Error(`missing ${path}`);
    return new DOMParser().parseFromString(strFromU8(data), 'text/xml');
  }

  /** Text of one part. */
  text(path: string): string {
    return strFromU8(this.files[path]);
  }

  private chain(styleId: string | null): Element[] {
    const out: Element[] = [];
    for (let id = styleId ?? 'Normal', i = 0; id && i < 10; i++) {
      const s = this.styleEls.get(id);
      if (!s) break;
      out.unshift(s);
      id = attr(kid(s, 'w:basedOn'), 'w:val') ?? '';
    }
    return out;
  }

  private defaults(): PartialRun {
    const d = this.styles.getElementsByTagName('w:rPrDefault')[0];
    return readRPr(kid(d, 'w:rPr'));
  }

  /** Resolves a paragraph element. */
  para(p: Element): Para {
    const pPr = kid(p, 'w:pPr');
    const style = attr(kid(pPr, 'w:pStyle'), 'w:val');
    const chain = this.chain(style);
    let base: PartialRun = this.defaults();
    let align: string | null = null;
    let ind: Element | null = null;
    const pPrs = [...chain.map((s) => kid(s, 'w:pPr')), pPr];
    for (const s of chain) base = { ...base, ...readRPr(kid(s, 'w:rPr')) };
    for (const x of pPrs) {
      if (kid(x, 'w:jc')) align = attr(kid(x, 'w:jc'), 'w:val');
      if (kid(x, 'w:ind')) ind = kid(x, 'w:ind');
    }
    const num = (n: string) => Number(attr(ind, n) ?? 0);
    const bottom = kid(kid(pPr, 'w:pBdr'), 'w:bottom');
    const full = (r: PartialRun, text: string): RunProps => ({
      text, font: null, fontHAnsi: null, sizePt: null, bold: false, italic: false, underline: false, color: null, ...r,
    });
    const runs = kids(p, 'w:r').map((r) => {
      const text = Array.from(r.childNodes).map((n) => {
        const name = (n as Element).nodeName;
        return name === 'w:t' ? n.textContent ?? '' : name === 'w:tab' ? '\t' : name === 'w:br' ? '\n' : '';
      }).join('');
      return full({ ...base, ...readRPr(kid(r, 'w:rPr')) }, text);
    });
    return {
      el: p, style, align, runs, base: full(base, ''),
      text: runs.map((r) => r.text).join(''),
      firstLine: num('w:firstLine'), indentLeft: num('w:left') || num('w:start'), indentRight: num('w:right') || num('w:end'),
      borderBottom: attr(bottom, 'w:val'),
    };
  }

  /** Top-level blocks of the body: paragraphs and tables. */
  blocks(): Element[] {
    const body = this.document.getElementsByTagName('w:body')[0];
    return Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1 && ['w:p', 'w:tbl'].includes((n as Element).nodeName));
  }

  /** The cells of the first row of a table. */
  cells(tbl: Element): Element[] {
    return kids(kid(tbl, 'w:tr'), 'w:tc');
  }

  /** Paragraphs directly in an element (cell), resolved; nested tables' paragraphs with `deep`. */
  paras(el: Element, deep = false): Para[] {
    const list = deep ? Array.from(el.getElementsByTagName('w:p')) : kids(el, 'w:p');
    return list.map((p) => this.para(p));
  }

  /** Grid column widths of a table (DXA). */
  gridWidths(tbl: Element): number[] {
    return kids(kid(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
  }
}

/** First child element of a name (exported for tests). */
export { kid, kids, attr };
