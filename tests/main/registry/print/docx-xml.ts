/** Test helpers: open a DOCX and read its XML parts, rows and cell texts. */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a DOCX package as text, by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([p, d]) => [p, strFromU8(d)]));
}

/** Parses one XML part. */
export function parseXml(text: string): XmlDocument {
  return new DOMParser().parseFromString(text, 'text/xml');
}

/** Direct children of `el` with the tag name `tag`. */
export function children(el: Element, tag: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);
}

/** All descendants of `el` named `tag`. */
export function all(el: Element | XmlDocument, tag: string): Element[] {
  return Array.from(el.getElementsByTagName(tag));
}

/** Text of a cell (or any element): paragraphs joined by "\n". */
export function textOf(el: Element): string {
  const paras = el.tagName === 'w:p' ? [el] : all(el, 'w:p');
  return paras.map((p) => all(p, 'w:t').map((t) => t.textContent ?? '').join('')).join('\n');
}

/** The (single) register table of the document. */
export function registerTable(doc: XmlDocument): Element {
  const tables = all(doc, 'w:tbl');
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

/** The rows of a table, each as its cells' texts; with the flags of the row properties. */
export function tableRows(tbl: Element): { cells: string[]; header: boolean; cantSplit: boolean; widths: string[][] }[] {
  return children(tbl, 'w:tr').map((tr) => {
    const trPr = children(tr, 'w:trPr')[0];
    const cells = children(tr, 'w:tc');
    return {
      cells: cells.map(textOf),
      header: !!trPr && children(trPr, 'w:tblHeader').length === 1,
      cantSplit: !!trPr && children(trPr, 'w:cantSplit').length === 1,
      widths: cells.map((tc) => {
        const w = all(tc, 'w:tcW')[0];
        return [w.getAttribute('w:type') ?? '', w.getAttribute('w:w') ?? ''];
      }),
    };
  });
}
