/**
 * Deterministic packing: the same draft gives the same bytes, so the registry can keep a hash.
 * docx writes the current time into docProps/core.xml and the zip entries; we replace core.xml
 * with fixed properties and re-zip every entry with a fixed timestamp.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { stripNonXmlChars } from '../../../common/text/sanitize';

/**
 * Timestamp written on every zip entry: 1980-01-01 12:00 (the DOS epoch). fflate writes the entry
 * time from the Date's LOCAL fields, so the Date is built from local fields too: the same bytes in
 * every time zone (a UTC instant would read 1979-12-31 in UTC-12 and 1980-01-02 in UTC+14).
 */
export const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 12);

const escapeXml = (s: string) => stripNonXmlChars(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Core properties without timestamps. */
export function coreXml(title: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>vanthu</dc:creator></cp:coreProperties>`;
}

/**
 * docx numbers drawings (wp:docPr) with a counter that lives as long as the process; renumber them
 * from 1 in each part so the output does not depend on what was exported before.
 */
function renumberDrawings(data: Uint8Array): Uint8Array {
  const xml = strFromU8(data);
  if (!xml.includes('<wp:docPr ')) return data;
  let n = 0;
  return strToU8(xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
}

/** Re-zips a package with fixed entry times and renumbered drawings, keeping entry order. */
export function normaliseZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) =>
    [name, [name.endsWith('.xml') ? renumberDrawings(data) : data, { mtime: ZIP_ENTRY_TIME }]]));
  return zipSync(entries as never, { level: 6 });
}

/** Packs a document into deterministic DOCX bytes. */
export async function packDeterministic(doc: Document, title: string): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return normaliseZip(raw);
}
