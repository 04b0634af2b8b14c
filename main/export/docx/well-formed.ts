/**
 * The last check of every exported package: each XML part (`.xml`, `.rels`) must be well-formed
 * XML 1.0 (with namespaces) in UTF-8, so no malformed DOCX is ever returned, stored or given a
 * number — even when text with characters XML forbids slipped past the sanitiser where text enters.
 * A part in the plain XML docx writes is shown well-formed by xml-subset.ts (fast); any other is
 * parsed with saxes, a strict streaming parser that builds no tree (a DOM parser cost the CLI's export
 * more than all its other work on the package), which also words the error.
 */
import { SaxesParser } from 'saxes';
import { UserError } from '../../../common/api/errors';
import { isPlainWellFormed } from './xml-subset';

/** A character XML 1.0 does not allow (controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Packages already checked, part by part, before they were zipped (see markWellFormed). */
const checkedPackages = new WeakSet<Uint8Array>();

/** The UserError of a package whose part `part` is broken (`why`), in Vietnamese. */
export function broken(part: string, why: string): UserError {
  return new UserError('invalid-input',
    `Tệp DOCX tạo ra bị lỗi ở phần "${part}" (${why}); văn bản không được xuất và không được cấp số. Hãy xóa các ký tự lạ (ký tự điều khiển) vừa dán vào văn bản rồi thử lại.`);
}

/** True for the parts of a package that hold XML (`.xml`, `.rels`). */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** Throws a Vietnamese UserError naming `name` when `text` has a character XML 1.0 forbids. */
function assertXmlChars(name: string, text: string): void {
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) throw broken(name, `có ký tự U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} không được phép trong XML`);
}

/**
 * Throws a Vietnamese UserError naming `name` when `text` (the decoded content of an XML part) has a
 * character XML 1.0 forbids or is not well-formed XML.
 */
export function assertWellFormedPart(name: string, text: string): void {
  assertXmlChars(name, text);
  if (isPlainWellFormed(text)) return; // shown well-formed by the fast subset (xml-subset.ts)
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw broken(name, e.message);
  });
  parser.write(text).close();
}

/**
 * Records that `bytes` were zipped from parts that all passed assertWellFormedPart, so
 * assertWellFormedPackage (well-formed-package.ts) need not unzip them again. The caller must not
 * change the bytes afterwards.
 */
export function markWellFormed(bytes: Uint8Array): Uint8Array {
  checkedPackages.add(bytes);
  return bytes;
}

/** True when `bytes` were marked by markWellFormed. */
export function isMarkedWellFormed(bytes: Uint8Array): boolean {
  return checkedPackages.has(bytes);
}

/** A lone surrogate: UTF-8 cannot hold one, so encoding a part writes U+FFFD in its place. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Checks the parts of a package in order, as they will be (or were) zipped: text parts as the UTF-8
 * their encoding gives (a lone surrogate reads back as U+FFFD), byte parts decoded strictly as UTF-8.
 * Parts named in `fixedParts` (written only from our code, never from a draft's text) are checked
 * for forbidden characters but not parsed. Throws a Vietnamese UserError naming the first XML part
 * that is not well-formed.
 */
export function assertWellFormedParts(parts: Iterable<readonly [string, string | Uint8Array]>, fixedParts: ReadonlySet<string> = new Set()): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of parts) {
    if (!isXmlPart(name)) continue;
    let text: string;
    if (typeof data === 'string') {
      text = data.replace(LONE_SURROGATE, '\uFFFD');
    } else {
      try {
        text = decoder.decode(data);
      } catch {
        throw broken(name, 'không phải UTF-8 hợp lệ');
      }
    }
    if (fixedParts.has(name)) assertXmlChars(name, text);
    else assertWellFormedPart(name, text);
  }
}
