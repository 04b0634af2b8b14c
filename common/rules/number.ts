/**
 * Số và ký hiệu (spec §2.3 (3), HD 36 §II.1.3): `Số 04-NQ/TU` — the word "Số", a space and no
 * colon; the serial padded to two digits (01–09); a hyphen before the type abbreviation and a slash
 * before the issuer's symbol; no year.
 */

/** The parts of a Party document number. */
export interface DocNumber {
  serial: number;
  typeCode: string;
  issuerCode: string;
}

/** Pads a serial as Party numbers are written: 1–9 as "01"…"09", 10 and above unpadded. */
export function padSerial(serial: number): string {
  return serial < 10 ? `0${serial}` : String(serial);
}

/** Forms the symbol of a number, e.g. `04-NQ/TU`. Throws on a serial that is not a positive integer. */
export function formatNumber(n: DocNumber): string {
  if (!Number.isInteger(n.serial) || n.serial < 1) {
    throw new RangeError(`Số thứ tự văn bản phải là số nguyên dương, không phải "${n.serial}".`);
  }
  return `${padSerial(n.serial)}-${n.typeCode}/${n.issuerCode}`;
}

/**
 * The printed number line: `Số 04-NQ/TU`, or, before the clerk gives a number, `Số     -NQ/TU`
 * with blanks where the serial will be written (the usual form of a draft).
 */
export function formatNumberLine(prefix: string, typeCode: string, issuerCode: string, serial: number | null): string {
  if (serial === null) return `${prefix}${'\u00a0'.repeat(6)}-${typeCode}/${issuerCode}`;
  return `${prefix} ${formatNumber({ serial, typeCode, issuerCode })}`;
}

const SYMBOL = /^(\d+)-([A-Za-zĐđ]+)\/([A-Za-zĐđ]+)$/u;

/** Result of checking a number typed by a user. */
export type NumberCheck = { ok: true; value: DocNumber } | { ok: false; message: string };

/**
 * Parses and checks a number symbol such as "04-NQ/TU" (with or without a leading "Số ").
 * Recognises the usual mistakes and names them in Vietnamese: a colon after "Số", the state
 * pattern "04/NQ-TU", letters in the serial, a missing leading zero, a year inside the symbol.
 */
export function parseNumber(input: string): NumberCheck {
  let text = input.normalize('NFC').trim();
  if (/^Số\s*:/u.test(text)) {
    return { ok: false, message: 'Số văn bản của Đảng viết "Số 04-NQ/TU", không có dấu hai chấm sau chữ "Số".' };
  }
  text = text.replace(/^Số\s+/u, '');
  if (/^\d+\/[A-Za-zĐđ]+-[A-Za-zĐđ]+$/u.test(text)) {
    return { ok: false, message: `"${text}" là cách ghi của văn bản nhà nước; văn bản của Đảng ghi số trước, gạch nối, rồi ký hiệu loại và cơ quan: ví dụ 04-NQ/TU.` };
  }
  if (/^\d+\/\d{4}\//u.test(text) || /\/\d{4}(?![\p{L}\p{N}])/u.test(text)) {
    return { ok: false, message: 'Số văn bản của Đảng không ghi năm trong ký hiệu.' };
  }
  const m = SYMBOL.exec(text);
  if (!m) {
    if (/^[^-]*[A-Za-zĐđ][^-]*-/u.test(text)) {
      return { ok: false, message: `Phần số thứ tự trong "${text}" chỉ được gồm chữ số.` };
    }
    return { ok: false, message: `"${text}" không đúng dạng số và ký hiệu văn bản của Đảng (ví dụ 04-NQ/TU).` };
  }
  const serial = Number(m[1]);
  if (serial < 1) return { ok: false, message: 'Số thứ tự văn bản bắt đầu từ 01.' };
  if (m[1] !== padSerial(serial)) {
    return { ok: false, message: `Số thứ tự viết "${padSerial(serial)}", không viết "${m[1]}" (số dưới 10 có số 0 đứng trước).` };
  }
  return { ok: true, value: { serial, typeCode: m[2], issuerCode: m[3] } };
}
