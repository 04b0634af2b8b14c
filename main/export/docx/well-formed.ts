/**
 * The last check of every exported package: each XML part (`.xml`, `.rels`) must be well-formed
 * XML 1.0 in UTF-8, so no malformed DOCX is ever returned, stored or given a number — even when
 * text with characters XML forbids slipped past the sanitiser where text enters.
 */
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { UserError } from '../../../common/api/errors';

/** A character XML 1.0 does not allow (controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function broken(part: string, why: string): UserError {
  return new UserError('invalid-input',
    `Tệp DOCX tạo ra bị lỗi ở phần "${part}" (${why}); văn bản không được xuất và không được cấp số. Hãy xóa các ký tự lạ (ký tự điều khiển) vừa dán vào văn bản rồi thử lại.`);
}

/** Throws a Vietnamese UserError naming the first part of the package that is not well-formed XML. */
export function assertWellFormedPackage(bytes: Uint8Array): void {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw broken('gói zip', `không giải nén được: ${(e as Error).message}`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      throw broken(name, 'không phải UTF-8 hợp lệ');
    }
    const bad = FORBIDDEN_CHAR.exec(text);
    if (bad) throw broken(name, `có ký tự U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} không được phép trong XML`);
    const parser = new DOMParser({ onError: (level: string, message: string) => { throw broken(name, `${level}: ${message}`); } });
    parser.parseFromString(text, 'application/xml');
  }
}
