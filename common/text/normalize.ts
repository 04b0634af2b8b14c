/**
 * Vietnamese text helpers shared by every part of vanthu. Documents are stored and exported in
 * Unicode NFC (TCVN 6909:2001); search folds tone marks and đ/Đ.
 */

/** Returns `text` in Unicode NFC, the form Party documents are stored and exported in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds Vietnamese text for diacritics-insensitive comparison: lower case, tone marks and
 * vowel marks removed, đ/Đ folded to d ("Đảng ủy" -> "dang uy").
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Upper-cases Vietnamese text (locale-aware), e.g. for header lines typed in lower case. */
export function upperVi(text: string): string {
  return nfc(text).toLocaleUpperCase('vi-VN');
}
