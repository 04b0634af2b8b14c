/**
 * Opening a Word file safely (issue #15 item 6): the size is checked with stat before anything is
 * read; the first bytes tell a password-protected file, an old .doc, a PDF or an RTF from a DOCX;
 * the zip is read through its central directory and only XML parts are inflated, each bounded
 * (open/zip.ts); a package with macros is refused (they are never run); relationships to targets
 * outside the package (TargetMode="External") are listed for the report and never fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WordExternalLink } from '../read/types';
import { DOCX_LIMITS } from './limits';
import { refusal } from './messages';
import { isEncryptedContainer, sniff } from './sniff';
import { bytesSource, fileSource, type ByteSource } from './source';
import { parseXmlPart, type XmlDocument } from './xml';
import { inflateEntry, readDirectory, type ZipEntry } from './zip';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** Last segment of the relationship type ("styles", "header", "hyperlink"). */
  type: string;
  target: string;
  external: boolean;
}

/** An opened Word package: XML parts on demand, relationships, what was found unsafe. */
export interface DocxPackage {
  /** The file's name as the user gave it (used in messages). */
  readonly label: string;
  /** Path of the main document part, normally "word/document.xml". */
  readonly mainPart: string;
  /** Relationships to targets outside the package, never fetched. */
  readonly externalLinks: WordExternalLink[];
  /** Whether the package carried macros (only when opened with `allowMacros`; they are never run). */
  readonly hadMacros: boolean;
  /** Whether the package holds an entry. */
  has(name: string): boolean;
  /** The parsed XML of a part, null when the package has no such part. */
  xml(name: string): XmlDocument | null;
  /** The relationships of a part (from its _rels/<name>.rels). */
  rels(part: string): Relationship[];
}

/** Options of opening. */
export interface DocxOpenOptions {
  /** Read a macro-enabled file's text instead of refusing it (the file check does; import refuses). */
  allowMacros?: boolean;
}

const MACRO_TYPE = /macroEnabled/i;

/** The _rels part of a part: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** Resolves a relationship target against the part that names it ("media/a.png" from word/document.xml → word/media/a.png). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(part), target));
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

class Package implements DocxPackage {
  readonly externalLinks: WordExternalLink[] = [];
  hadMacros = false;
  mainPart = 'word/document.xml';
  private readonly entries = new Map<string, ZipEntry>();
  private readonly cache = new Map<string, XmlDocument | null>();
  private inflated = 0;

  constructor(private readonly src: ByteSource, readonly label: string, list: ZipEntry[]) {
    for (const e of list) this.entries.set(e.name.replace(/^\/+/, ''), e);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  xml(name: string): XmlDocument | null {
    if (this.cache.has(name)) return this.cache.get(name) ?? null;
    const e = this.entries.get(name);
    let doc: XmlDocument | null = null;
    if (e) {
      const bytes = inflateEntry(this.src, e, this.label, Math.min(DOCX_LIMITS.maxPartBytes, DOCX_LIMITS.maxTotalBytes - this.inflated));
      this.inflated += bytes.length;
      if (this.inflated >= DOCX_LIMITS.maxTotalBytes) throw refusal.tooMuch(this.label);
      doc = parseXmlPart(bytes, name, this.label);
    }
    this.cache.set(name, doc);
    return doc;
  }

  rels(part: string): Relationship[] {
    const doc = this.xml(relsPathOf(part));
    if (!doc) return [];
    const out: Relationship[] = [];
    const list = doc.getElementsByTagName('Relationship');
    for (let i = 0; i < list.length; i += 1) {
      const el = list.item(i) as unknown as Element;
      out.push({
        id: attr(el, 'Id'), type: attr(el, 'Type').split('/').pop() ?? '', target: attr(el, 'Target'),
        external: attr(el, 'TargetMode').toLowerCase() === 'external',
      });
    }
    return out;
  }

  /** Checks the package is a Word document and finds its main part, macros and external links. */
  inspect(opts: DocxOpenOptions): void {
    const names = [...this.entries.keys()];
    const main = this.rels('').find((r) => r.type === 'officeDocument' && !r.external);
    if (main) this.mainPart = resolveTarget('', main.target);
    if (!this.has(this.mainPart) || !/^word\//.test(this.mainPart)) {
      if (this.has('xl/workbook.xml')) throw refusal.excel(this.label);
      if (this.has('ppt/presentation.xml')) throw refusal.powerpoint(this.label);
      if (this.has('content.xml') && this.has('mimetype')) throw refusal.odt(this.label);
      if (this.has('word/document.xml')) this.mainPart = 'word/document.xml';
      else throw refusal.noDocument(this.label);
    }
    const types = this.xml('[Content_Types].xml');
    const overrides = types ? types.getElementsByTagName('Override') : null;
    let macroType = false;
    for (let i = 0; overrides && i < overrides.length; i += 1) {
      if (MACRO_TYPE.test(attr(overrides.item(i) as unknown as Element, 'ContentType'))) macroType = true;
    }
    if (macroType || names.some((n) => /vbaProject\.bin$|vbaData\.xml$/i.test(n))) {
      if (!opts.allowMacros) throw refusal.macros(this.label);
      this.hadMacros = true;
    }
    for (const rels of names.filter((n) => n.endsWith('.rels')).sort()) {
      const owner = rels.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const r of this.rels(owner)) {
        if (r.external) this.externalLinks.push({ part: owner || '(gói)', type: r.type, target: r.target });
      }
    }
  }
}

function openSource(src: ByteSource, label: string, opts: DocxOpenOptions): Package {
  if (src.size === 0) throw refusal.empty(label);
  const kind = sniff(src.read(0, 8));
  if (kind === 'cfb') throw isEncryptedContainer(src.read, src.size) ? refusal.encrypted(label) : refusal.oldWord(label);
  if (kind === 'pdf') throw refusal.pdf(label);
  if (kind === 'rtf') throw refusal.rtf(label);
  if (kind !== 'zip') throw refusal.notZip(label);
  const pkg = new Package(src, label, readDirectory(src, label));
  pkg.inspect(opts);
  return pkg;
}

/**
 * Opens a Word file and runs `use` on its package, closing the file after. The size is checked
 * with stat first; every refusal is a Vietnamese UserError (open/messages.ts).
 */
export function withDocxFile<T>(file: string, use: (pkg: DocxPackage) => T, opts: DocxOpenOptions = {}): T {
  const label = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw refusal.missing(file);
    throw e;
  }
  if (stat.isDirectory()) throw refusal.notFile(file);
  if (stat.size > DOCX_LIMITS.maxFileBytes) throw refusal.tooLarge(label, stat.size);
  const src = fileSource(file, stat.size);
  try {
    return use(openSource(src, label, opts));
  } finally {
    src.close();
  }
}

/** Opens a Word file given as bytes (the API, tests); `label` names it in messages. */
export function openDocxBytes(bytes: Uint8Array, label: string, opts: DocxOpenOptions = {}): DocxPackage {
  if (bytes.length > DOCX_LIMITS.maxFileBytes) throw refusal.tooLarge(label, bytes.length);
  return openSource(bytesSource(bytes), label, opts);
}
