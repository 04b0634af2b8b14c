/**
 * Deterministic packing: the same draft gives the same bytes, so the registry can keep a hash.
 * docx writes the current time into docProps/core.xml and the zip entries; we replace core.xml
 * with fixed properties and zip every entry with a fixed timestamp. The parts are taken from docx
 * before it zips them when its compiler can be reached (docx's zip would only be unzipped again);
 * otherwise from its public Packer output, unzipped. Both give the same parts, so the same bytes.
 */
import { Packer, type Document } from 'docx';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { writeZip, ZIP_ENTRY_TIME } from '../../zip/write';
import { assertWellFormedParts, markWellFormed } from './well-formed';

const escapeXml = (s: string) => stripNonXmlChars(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Core properties without timestamps. */
export function coreXml(title: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>vanthu</dc:creator></cp:coreProperties>`;
}

/** The parts of a package by their paths, in zip order: XML as text where docx gave text. */
type Parts = Map<string, string | Uint8Array>;

/** docx's compiler: the step of Packer before its zip. Not in docx's typings; checked before use. */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly { path: string; data: string }[]): Map<string, unknown>;
}

const DRAWING_ID = /<wp:docPr id="\d+"/g;

/**
 * docx numbers drawings (wp:docPr) with a counter that lives as long as the process; renumber them
 * from 1 in each part so the output does not depend on what was exported before.
 */
function renumberDrawings(xml: string): string {
  if (!xml.includes('<wp:docPr ')) return xml;
  let n = 0;
  return xml.replace(DRAWING_ID, () => `<wp:docPr id="${++n}"`);
}

const utf8 = new TextEncoder();

/** One entry as zipped: `.xml` parts with their drawings renumbered, then as UTF-8 bytes. */
function entryData(name: string, data: string | Uint8Array): Uint8Array {
  if (!name.endsWith('.xml')) return typeof data === 'string' ? utf8.encode(data) : data;
  if (typeof data === 'string') return utf8.encode(renumberDrawings(data));
  const xml = new TextDecoder().decode(data);
  return xml.includes('<wp:docPr ') ? utf8.encode(renumberDrawings(xml)) : data;
}

/**
 * Zips parts in their order, each with the fixed entry time, deflated by zlib (main/zip): how every
 * exported package is zipped, so a package zipped again from its parts (renumbering) is the same bytes.
 */
export function zipParts(parts: Iterable<readonly [string, string | Uint8Array]>): Uint8Array {
  const entries = [...parts].map(([name, data]) => [name, entryData(name, data)] as const);
  return writeZip(entries, { mtime: ZIP_ENTRY_TIME, method: 'deflate' });
}

/** A part's data as docx holds it (text, bytes or an ArrayBuffer) as text or a byte view. */
function partData(data: unknown): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data as ArrayBuffer);
}

/**
 * The parts of the document with core.xml replaced, in the order docx would zip them: from docx's
 * compiler (what Packer.pack zips; docx is pinned to an exact version and the tests compare bytes),
 * or, should it not be there as expected, from Packer's public output unzipped.
 */
async function compileParts(doc: Document, core: { path: string; data: string }): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile === 'function') {
    const files = compiler.compile(doc, undefined, [core]);
    if (files instanceof Map) return new Map([...files].map(([path, data]) => [path, partData(data)]));
  }
  const raw = await Packer.toBuffer(doc, false, [core]);
  const { unzipSync } = await import('fflate'); // only on this path: the export does not load fflate otherwise
  return new Map(Object.entries(unzipSync(raw)));
}

/**
 * Parts docx writes from our code (styles of the layout profile) and its own defaults, never from a
 * draft's text: before zipping they are checked for forbidden characters only (parsing them cost a
 * third of the check); the tests parse them for every template. Any other part is parsed in full.
 */
const FIXED_PARTS: ReadonlySet<string> = new Set([
  '[Content_Types].xml', 'docProps/app.xml', 'docProps/custom.xml', 'word/styles.xml', 'word/settings.xml',
  'word/fontTable.xml', 'word/numbering.xml', 'word/theme/theme1.xml',
]);

/**
 * Packs a document into deterministic DOCX bytes. Every XML part is checked before zipping (a
 * UserError naming the part otherwise; see FIXED_PARTS), and the bytes are marked as checked.
 */
export async function packDeterministic(doc: Document, title: string): Promise<Uint8Array> {
  const parts = await compileParts(doc, { path: 'docProps/core.xml', data: coreXml(title) });
  for (const [name, data] of parts) if (typeof data === 'string' && name.endsWith('.xml')) parts.set(name, renumberDrawings(data));
  assertWellFormedParts(parts, FIXED_PARTS);
  return markWellFormed(zipParts(parts));
}
