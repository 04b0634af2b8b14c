/**
 * A fast proof that an XML part is well-formed, for the plain XML docx writes: an optional XML
 * declaration, then one element tree of ASCII-named elements (at most one colon), attributes in
 * quotes, text, and the five named entities, every namespace prefix declared where it is used or above.
 *
 * It is one-sided: `true` means the text is well-formed XML 1.0 with namespaces; `false` means only
 * "not shown here" (a comment, a character reference, a non-ASCII name, two attributes with one
 * local name …), and saxes decides (well-formed.ts). Characters XML forbids are
 * checked apart, before (well-formed.ts). Why: regular expressions run as compiled code from their
 * first use, where saxes' loop over each character runs interpreted in a command that lives a fraction
 * of a second; a 10-page document.xml takes about 1 ms here and 15 ms in saxes (docs/build.md).
 * tests/main/export/xml-subset.test.ts checks against saxes that nothing malformed is ever accepted.
 */

/** XML's white space (JavaScript's `\s` holds more). */
const SPACE = '[ \\t\\r\\n]';
/** An ASCII name, a subset of XML's Name without colons. */
const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
/** A name with at most one prefix (a QName of Namespaces in XML). */
const QNAME = `${NAME}(?::${NAME})?`;
/** The five entities XML predefines. */
const ENTITY = '&(?:amp|lt|gt|quot|apos);';
/** A quoted attribute value: no `<`, and `&` only as one of the five entities. */
const VALUE = `"[^"<&]*(?:${ENTITY}[^"<&]*)*"|'[^'<&]*(?:${ENTITY}[^'<&]*)*'`;

/** The XML declaration docx and vanthu write (version 1.0, UTF-8). */
const DECLARATION = /^<\?xml version="1\.0"(?: encoding="UTF-8")?(?: standalone="(?:yes|no)")?\?>/;

/**
 * One token, from where the last ended: a start tag (1 name, 2 attributes, 3 `/` when empty), an end
 * tag (4 name), text without markup, or an entity.
 */
const TOKEN = new RegExp(
  `<(${QNAME})((?:${SPACE}+${QNAME}${SPACE}*=${SPACE}*(?:${VALUE}))*)${SPACE}*(/?)>|</(${QNAME})${SPACE}*>|[^<&]+|${ENTITY}`,
  'y',
);

/** One attribute of a start tag: 1 its name, 2 its quoted value. */
const ATTRIBUTE = new RegExp(`(${QNAME})${SPACE}*=${SPACE}*(${VALUE})`, 'g');

const ONLY_SPACE = /^[ \t\r\n]*$/;
const NO_PREFIXES: ReadonlySet<string> = new Set();

const prefixOf = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
};
const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The prefixes in scope on an element whose attributes are `list`: its parent's and those it declares
 * (`xmlns:p="…"`); null when a declaration is one this proof leaves to saxes (an empty namespace name,
 * or the reserved prefixes xml and xmlns).
 */
function prefixesInScope(list: string, parent: ReadonlySet<string>): ReadonlySet<string> | null {
  if (!list.includes('xmlns:')) return parent;
  const scope = new Set(parent);
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(list); m; m = ATTRIBUTE.exec(list)) {
    if (prefixOf(m[1]) !== 'xmlns') continue;
    const prefix = localOf(m[1]);
    if (prefix === 'xml' || prefix === 'xmlns' || m[2].length <= 2) return null;
    scope.add(prefix);
  }
  return scope;
}

/**
 * True when the element's own prefix and those of its attributes (`list`) are in `scope` (an
 * attribute may also use `xml:`), and no two attributes share a local name (which rules out both a
 * repeated attribute and two names of one namespace).
 */
function namesBound(element: string, list: string, scope: ReadonlySet<string>): boolean {
  const elementPrefix = prefixOf(element);
  if (elementPrefix && !scope.has(elementPrefix)) return false;
  if (!list) return true;
  const locals: string[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(list); m; m = ATTRIBUTE.exec(list)) {
    const prefix = prefixOf(m[1]);
    if (prefix && prefix !== 'xml' && prefix !== 'xmlns' && !scope.has(prefix)) return false;
    const local = localOf(m[1]);
    if (locals.includes(local)) return false;
    locals.push(local);
  }
  return true;
}

/**
 * True when `xml` is shown to be well-formed XML 1.0 with namespaces by this subset's rules; false
 * when it is not, or when it needs a full parser to tell (see the file comment).
 */
export function isPlainWellFormed(xml: string): boolean {
  if (xml.includes(']]>')) return false;
  TOKEN.lastIndex = DECLARATION.exec(xml)?.[0].length ?? 0;
  /** The open elements, each with the prefixes in scope inside it. */
  const open: { name: string; scope: ReadonlySet<string> }[] = [];
  let rootSeen = false;
  while (TOKEN.lastIndex < xml.length) {
    const token = TOKEN.exec(xml);
    if (!token) return false;
    const startName = token[1];
    if (startName !== undefined) {
      if (rootSeen && open.length === 0) return false; // a second root
      rootSeen = true;
      const scope = prefixesInScope(token[2], open.length ? open[open.length - 1].scope : NO_PREFIXES);
      if (!scope || !namesBound(startName, token[2], scope)) return false;
      if (!token[3]) open.push({ name: startName, scope });
    } else if (token[4] !== undefined) {
      if (open.pop()?.name !== token[4]) return false;
    } else if (open.length === 0 && !ONLY_SPACE.test(token[0])) {
      return false; // text or an entity outside the root element
    }
  }
  return rootSeen && open.length === 0;
}
