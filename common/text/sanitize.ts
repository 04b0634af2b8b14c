/**
 * The one sanitiser of text entering a draft or a register: removes what XML 1.0 cannot carry
 * (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates)
 * so nothing typed, pasted, imported or sent to the API can make an invalid DOCX.
 */

/** Characters XML 1.0 cannot hold, plus lone surrogate halves. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const NOT_XML_TEST = new RegExp(NOT_XML.source, 'u');

/** True when `text` holds a character XML 1.0 cannot carry. */
export function hasNonXmlChars(text: string): boolean {
  return NOT_XML_TEST.test(text);
}

/** `text` without the characters XML 1.0 cannot carry (see module doc). */
export function stripNonXmlChars(text: string): string {
  return hasNonXmlChars(text) ? text.replace(NOT_XML, '') : text;
}

/** A plain object: made by a literal, JSON.parse, or Object.create(null) (ProseMirror's attrs). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deeply sanitises a JSON-like value: every string (keys included) loses its non-XML characters.
 * Returns the same object when nothing had to change.
 */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return stripNonXmlChars(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => { const next = sanitizeDeep(item); if (next !== item) changed = true; return next; });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === 'object' && isPlainObject(value)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const cleanKey = stripNonXmlChars(key);
      const next = sanitizeDeep(item);
      if (next !== item || cleanKey !== key) changed = true;
      out[cleanKey] = next;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
