/**
 * Issuer symbols (ký hiệu cơ quan ban hành, spec §3.3) offered when an organisation is set up.
 * `attested` marks symbols seen in real documents; the others are common local forms to confirm.
 * An organisation's own symbol is free data (common/org/organisation.ts), this list only suggests.
 */

/** One suggested issuer symbol. */
export interface IssuerSymbol {
  symbol: string;
  name: string;
  attested: boolean;
}

/** Suggested symbols, central level first. */
export const ISSUER_SYMBOLS: readonly IssuerSymbol[] = [
  { symbol: 'TW', name: 'Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư', attested: true },
  { symbol: 'VPTW', name: 'Văn phòng Trung ương Đảng', attested: true },
  { symbol: 'BCĐTW', name: 'Ban Chỉ đạo Trung ương', attested: true },
  { symbol: 'TU', name: 'Tỉnh ủy (Ban Chấp hành, Ban Thường vụ, Thường trực)', attested: true },
  { symbol: 'ĐUK', name: 'Đảng ủy Khối', attested: true },
  { symbol: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', attested: true },
  { symbol: 'ThU', name: 'Thành ủy thuộc tỉnh', attested: false },
  { symbol: 'HU', name: 'Huyện ủy', attested: false },
  { symbol: 'ĐU', name: 'Đảng ủy', attested: false },
  { symbol: 'CB', name: 'Chi bộ', attested: false },
  { symbol: 'VPTU', name: 'Văn phòng Tỉnh ủy', attested: false },
  { symbol: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', attested: false },
  { symbol: 'BTGDVTU', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', attested: false },
  { symbol: 'ĐĐ', name: 'Đảng đoàn', attested: false },
  { symbol: 'BCSĐ', name: 'Ban cán sự đảng', attested: false },
  { symbol: 'ĐH', name: 'Đại hội đảng bộ', attested: false },
];
