/**
 * Issuer symbols (ký hiệu cơ quan ban hành, spec §3.3 and §7a): the part after the slash of a Party
 * number ("TU" in "04-NQ/TU"). Offered when an organisation is set up, and used to recognise the
 * sender of an incoming document from its number. Symbols of bodies dissolved or merged in the 2025
 * reorganisation (district committees from 01/7/2025; Ban Tuyên giáo and Ban Dân vận merged in 2025)
 * stay in the list with `until`, because incoming documents dated before then still carry them.
 * `attested` marks symbols read in real numbers (`seenIn`, sources in docs/sources.md); the others
 * are common local forms to confirm. An organisation's own symbol is free data (common/org/organisation.ts).
 */

/** One issuer symbol. */
export interface IssuerSymbol {
  /** The symbol as printed after the slash ("BTGTU"). */
  symbol: string;
  /** The body (or bodies) it names, as the desk shows it. */
  name: string;
  /** Whether the symbol was read in real numbers. */
  attested: boolean;
  /** A real number carrying it (docs/sources.md says where it was read). */
  seenIn?: string;
  /**
   * Day from which new documents no longer carry it (ISO): the body was dissolved or merged. Only
   * approximate where provinces moved at different dates; a sender is still recognised before it.
   */
  until?: string;
}

/** District level abolished: no huyện ủy, quận ủy, thị ủy, thành ủy thuộc tỉnh after 30/6/2025 (Nghị quyết 203/2025/QH15). */
export const DISTRICT_LEVEL_UNTIL = '2025-07-01';

/**
 * Ban Tuyên giáo and Ban Dân vận (central and provincial) merged into Ban Tuyên giáo và Dân vận during
 * 2025; the provincial dates differ, so the day the district level ended is used as the latest bound.
 */
export const BOARDS_MERGED_UNTIL = '2025-07-01';

/** Known symbols, central level first. */
export const ISSUER_SYMBOLS: readonly IssuerSymbol[] = [
  { symbol: 'TW', name: 'Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư', attested: true, seenIn: '35-NQ/TW, 85-QĐ/TW, 399-QĐ/TW' },
  { symbol: 'VPTW', name: 'Văn phòng Trung ương Đảng', attested: true, seenIn: '36-HD/VPTW' },
  { symbol: 'BCĐTW', name: 'Ban Chỉ đạo Trung ương', attested: true, seenIn: '05-TB/BCĐTW' },
  { symbol: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', attested: true, seenIn: '96-HD/BTGTW', until: BOARDS_MERGED_UNTIL },
  { symbol: 'TU', name: 'Tỉnh ủy, Thành ủy trực thuộc Trung ương (Ban Chấp hành, Ban Thường vụ, Thường trực)', attested: true, seenIn: '04-NQ/TU, 229-BC/TU, 27-CTr/TU' },
  { symbol: 'VPTU', name: 'Văn phòng Tỉnh ủy', attested: true, seenIn: '2618-CV/VPTU' },
  { symbol: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', attested: true, seenIn: '24-BS/UBKTTU' },
  { symbol: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', attested: false },
  { symbol: 'BTGDVTU', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', attested: true },
  { symbol: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy (trước khi hợp nhất)', attested: true, seenIn: '3398-CV/BTGTU, 1510-CV/BTGTU, 54-HD/BTGTU', until: BOARDS_MERGED_UNTIL },
  { symbol: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy (trước khi hợp nhất)', attested: false, until: BOARDS_MERGED_UNTIL },
  { symbol: 'BNCTU', name: 'Ban Nội chính Tỉnh ủy', attested: false },
  { symbol: 'ĐUK', name: 'Đảng ủy Khối (trước khi sắp xếp năm 2025)', attested: true, seenIn: '116-GM/ĐUK', until: DISTRICT_LEVEL_UNTIL },
  { symbol: 'ThU', name: 'Thành ủy, Thị ủy thuộc tỉnh (cấp huyện, trước 01/7/2025)', attested: false, until: DISTRICT_LEVEL_UNTIL },
  { symbol: 'HU', name: 'Huyện ủy (trước 01/7/2025)', attested: true, until: DISTRICT_LEVEL_UNTIL },
  { symbol: 'QU', name: 'Quận ủy (trước 01/7/2025)', attested: false, until: DISTRICT_LEVEL_UNTIL },
  { symbol: 'ĐU', name: 'Đảng ủy (xã, phường, đặc khu; đảng ủy trực thuộc; đảng ủy cơ sở)', attested: true },
  { symbol: 'CB', name: 'Chi bộ', attested: false },
  { symbol: 'ĐĐ', name: 'Đảng đoàn', attested: false },
  { symbol: 'BCSĐ', name: 'Ban cán sự đảng', attested: false },
  { symbol: 'ĐH', name: 'Đại hội đảng bộ', attested: false },
];

/** Whether new documents could still carry a symbol on an ISO date. */
export function inUseOn(s: IssuerSymbol, isoDate: string): boolean {
  return !s.until || isoDate < s.until;
}

/** Symbols a new organisation may choose on `isoDate` (default today): those not ended by the 2025 reorganisation. */
export function currentIssuerSymbols(isoDate = new Date().toISOString().slice(0, 10)): IssuerSymbol[] {
  return ISSUER_SYMBOLS.filter((s) => inUseOn(s, isoDate));
}

/** What the symbol of an incoming number says about its sender. */
export interface SenderGuess {
  symbol: IssuerSymbol;
  /** The document is dated on or after the day the symbol went out of use (a typing slip, or a body renamed late). */
  afterUntil: boolean;
}

/**
 * Recognises the sender of an incoming number ("3398-CV/BTGTU", "Số 12-NQ/HU") from its issuer
 * symbol, old symbols included; `docDate` (ISO) flags a symbol used after its body ended. Undefined
 * when the number has no Party form or its symbol is not in the list. Compares NFC text exactly
 * (symbols are case-sensitive: "ThU" is not "THU").
 */
export function recogniseSender(number: string, docDate?: string): SenderGuess | undefined {
  const m = /^(?:Số\s+)?\d+-[\p{L}]+\/([\p{L}]+)$/u.exec(number.normalize('NFC').trim());
  const symbol = m && ISSUER_SYMBOLS.find((s) => s.symbol === m[1]);
  if (!symbol) return undefined;
  return { symbol, afterUntil: !!(docDate && symbol.until && docDate >= symbol.until) };
}
