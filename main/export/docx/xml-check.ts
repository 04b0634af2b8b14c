/**
 * A strict well-formedness check of XML 1.0 with namespaces, for the parts of an exported DOCX: a
 * single pass over the text with sticky regular expressions (run by the regular-expression engine,
 * not character by character in JavaScript), building no tree. It refuses what saxes (xmlns mode)
 * refuses in such parts — the tests compare both on damaged parts — and a DOCTYPE, which no part has.
 * Forbidden characters are the caller's check (well-formed.ts).
 */

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
const S = '[ \\t\\r\\n]';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** Regular expressions, built on first use (the CLI's `templates` never needs them). */
let re: ReturnType<typeof build> | undefined;
function build() {
  const value = `(?:"([^<"]*)"|'([^<']*)')`;
  return {
    decl: new RegExp(`<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`, 'uy'),
    space: new RegExp(`${S}*`, 'y'),
    text: /[^<&]*/y,
    comment: /<!--(?:[^-]|-(?!-))*-->/y,
    pi: new RegExp(`<\\?(${NAME})(?:${S}(?:[^?]|\\?(?!>))*)?\\?>`, 'uy'),
    cdata: /<!\[CDATA\[[^]*?\]\]>/y,
    open: new RegExp(`<(${NAME})`, 'uy'),
    attr: new RegExp(`${S}+(${NAME})${S}*=${S}*${value}`, 'uy'),
    openEnd: new RegExp(`${S}*(/?)>`, 'y'),
    close: new RegExp(`</(${NAME})${S}*>`, 'uy'),
    ref: /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|apos|quot));/y,
    amp: /&/g,
  };
}

/** What the check found wrong, in English (as saxes words it), for the caller's Vietnamese message. */
export class XmlError extends Error {}

const fail = (why: string, at: number): never => {
  throw new XmlError(`${why} (ký tự thứ ${at})`);
};

/** Whether a character reference names a character XML 1.0 allows. */
function allowedCode(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Checks the reference at `at` (an `&`); returns where it ends. */
function reference(text: string, at: number): number {
  const r = re!.ref;
  r.lastIndex = at;
  const m = r.exec(text);
  if (!m) return fail('invalid or undefined entity reference', at);
  if (!m[3]) {
    const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
    if (!(code <= 0x10ffff && allowedCode(code))) fail('character reference to a character XML does not allow', at);
  }
  return r.lastIndex;
}

/** Checks every `&` of an attribute value. */
function valueRefs(value: string, at: number): void {
  if (!value.includes('&')) return;
  const amp = re!.amp;
  amp.lastIndex = 0;
  for (let m = amp.exec(value); m; m = amp.exec(value)) {
    try {
      reference(value, m.index);
    } catch {
      fail('invalid or undefined entity reference in an attribute value', at);
    }
  }
}

/** Splits a QName; refuses "a:", ":a", "a:b:c". */
function qname(name: string, at: number): [string, string] {
  const colon = name.indexOf(':');
  if (colon === -1) return ['', name];
  const prefix = name.slice(0, colon);
  const local = name.slice(colon + 1);
  if (!prefix || !local || local.includes(':')) fail(`malformed name: ${name}`, at);
  return [prefix, local];
}

/** The namespace rules of a declaration (as saxes applies them). */
function checkBinding(prefix: string, uri: string, at: number): void {
  if (prefix === 'xml' && uri !== XML_NAMESPACE) fail('xml prefix bound elsewhere', at);
  if (prefix === 'xmlns' && uri !== XMLNS_NAMESPACE) fail('xmlns prefix bound elsewhere', at);
  if (uri === XMLNS_NAMESPACE) fail('the xmlns namespace assigned', at);
  if (uri === XML_NAMESPACE && prefix !== 'xml') fail('the xml namespace assigned to another prefix', at);
}

type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE });

/** Parses the start tag at `at`; pushes it unless empty; returns where it ends. */
function startTag(text: string, at: number, names: string[], scopes: Scope[]): number {
  const { open, attr, openEnd } = re!;
  open.lastIndex = at;
  const m = open.exec(text)!;
  const name = m[1];
  let pos = open.lastIndex;
  const attrs: [string, string][] = [];
  for (;;) {
    attr.lastIndex = pos;
    const a = attr.exec(text);
    if (!a) break;
    const value = a[2] ?? a[3];
    valueRefs(value, pos);
    attrs.push([a[1], value]);
    pos = attr.lastIndex;
  }
  openEnd.lastIndex = pos;
  const end = openEnd.exec(text);
  if (!end) return fail(`malformed start tag <${name}>`, pos);
  let scope = scopes[scopes.length - 1];
  if (attrs.length) {
    const own = Object.create(scope) as Scope;
    for (const [n, v] of attrs) {
      if (n === 'xmlns') checkBinding('', v.trim(), pos);
      else if (n.startsWith('xmlns:')) {
        const [, local] = qname(n, pos);
        const uri = v.trim();
        if (uri === '') fail('invalid attempt to undefine prefix in XML 1.0', pos);
        own[local] = uri;
        checkBinding(local, uri, pos);
      }
    }
    scope = own;
    const seen = new Set<string>();
    for (const [n] of attrs) {
      const [prefix, local] = qname(n, pos);
      let key = n;
      if (prefix) {
        const uri = scope[prefix];
        if (uri === undefined) fail(`unbound namespace prefix: ${prefix}`, pos);
        key = `{${uri}}${local}`;
      }
      if (seen.has(key)) fail(`duplicate attribute: ${key}`, pos);
      seen.add(key);
    }
  }
  const [prefix] = qname(name, at);
  if (prefix === 'xmlns') fail('tags may not have "xmlns" as prefix', at);
  if (prefix && scope[prefix] === undefined) fail(`unbound namespace prefix: ${prefix}`, at);
  if (!end[1]) {
    names.push(name);
    scopes.push(scope);
  }
  return openEnd.lastIndex;
}

/** Skips comments, processing instructions and white space (outside the root); returns where they end. */
function misc(text: string, at: number): number {
  const { space, comment } = re!;
  let pos = at;
  for (;;) {
    space.lastIndex = pos;
    space.exec(text);
    pos = space.lastIndex;
    if (text.startsWith('<!--', pos)) {
      comment.lastIndex = pos;
      if (!comment.exec(text)) fail('malformed comment', pos);
      pos = comment.lastIndex;
    } else if (text.startsWith('<?', pos)) pos = processing(text, pos);
    else return pos;
  }
}

/** Checks a processing instruction at `at` (its target may not be "xml"); returns where it ends. */
function processing(text: string, at: number): number {
  const pi = re!.pi;
  pi.lastIndex = at;
  const m = pi.exec(text);
  if (!m) return fail('malformed processing instruction', at);
  if (m[1].toLowerCase() === 'xml') fail('xml declaration not at the start', at);
  if (m[1].includes(':')) fail('colon in a processing instruction target', at);
  return pi.lastIndex;
}

/** Throws an XmlError when `text` is not a well-formed XML 1.0 document with namespaces. */
export function checkXml(text: string): void {
  re ??= build();
  const { decl, text: chars, comment, cdata, close } = re;
  let pos = 0;
  if (text.startsWith('<?xml') && /^<\?xml[ \t\r\n?]/.test(text)) {
    decl.lastIndex = 0;
    if (!decl.exec(text)) fail('malformed XML declaration', 0);
    pos = decl.lastIndex;
  }
  pos = misc(text, pos);
  if (text.startsWith('<!DOCTYPE', pos)) fail('a document type declaration', pos);
  if (text[pos] !== '<' || text[pos + 1] === '/' || text[pos + 1] === '!' || text[pos + 1] === '?') fail('document must contain a root element', pos);
  const names: string[] = [];
  const scopes: Scope[] = [ROOT_SCOPE];
  re.open.lastIndex = pos;
  if (!re.open.test(text)) fail('malformed start tag', pos);
  pos = startTag(text, pos, names, scopes);
  while (names.length) {
    chars.lastIndex = pos;
    const run = chars.exec(text)![0];
    if (run.includes(']]>')) fail('the string "]]>" is disallowed in char data', pos);
    pos = chars.lastIndex;
    if (pos >= text.length) fail(`unclosed tag: ${names[names.length - 1]}`, pos);
    if (text[pos] === '&') pos = reference(text, pos);
    else if (text.startsWith('</', pos)) {
      close.lastIndex = pos;
      const m = close.exec(text);
      if (!m || m[1] !== names[names.length - 1]) fail(`unexpected close tag${m ? ` </${m[1]}>` : ''}`, pos);
      names.pop();
      scopes.pop();
      pos = close.lastIndex;
    } else if (text.startsWith('<!--', pos)) {
      comment.lastIndex = pos;
      if (!comment.exec(text)) fail('malformed comment', pos);
      pos = comment.lastIndex;
    } else if (text.startsWith('<![CDATA[', pos)) {
      cdata.lastIndex = pos;
      if (!cdata.exec(text)) fail('unclosed CDATA section', pos);
      pos = cdata.lastIndex;
    } else if (text.startsWith('<?', pos)) pos = processing(text, pos);
    else {
      re.open.lastIndex = pos;
      if (!re.open.test(text)) fail('disallowed character after "<"', pos);
      pos = startTag(text, pos, names, scopes);
    }
  }
  pos = misc(text, pos);
  if (pos !== text.length) fail('text data outside of root node', pos);
}
