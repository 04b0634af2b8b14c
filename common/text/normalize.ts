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

/**
 * Rewrites the old tone placement of the open syllables "oa", "oe", "uy" to the placement vanthu
 * prints (the tone on the first vowel): "uỷ" -> "ủy", "thuỷ" -> "thủy", "hoá" -> "hóa", "UỶ" -> "ỦY".
 * HD 36 itself prints "UỶ" while most texts write "ỦY"; a check comparing words must accept both.
 * Closed syllables ("hoàn", "thuyền") and "qu…" ("quý") keep their marks. Returns NFC.
 */
export function foldTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![qQ\p{M}])([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/(?<![qQ\p{M}])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}
