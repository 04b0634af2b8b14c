/**
 * The types of Party documents (thể loại, QĐ 66-QĐ/TW and QĐ 399-QĐ/TW) with their abbreviations
 * (ký hiệu tên loại, spec §3.2) and default numbering scope (spec §4). Data, not code: an
 * organisation can override the abbreviation or scope of a type.
 */

/** How the serial numbers of a type run: through the committee's term, per calendar year, or in one sequence shared by all types (a congress). */
export type NumberingScope = 'term' | 'year' | 'shared';

/** One document type. */
export interface DocType {
  /** Stable identifier, also the id of the type's template. */
  id: string;
  /**
   * Abbreviation used in the number, e.g. "NQ" in "04-NQ/TU". Quy định uses "QĐ" as most practice
   * does (66-QĐ/TW, 399-QĐ/TW); some offices write "QĐi" — an organisation setting. Types sharing
   * an abbreviation share a counter.
   */
  code: string;
  /** Name in sentence case, as the UI shows it. */
  name: string;
  /** The type name as printed in the title block (UPPER); empty for công văn, which has none. */
  printedName: string;
  /** Default numbering scope; offices may change it per type. */
  scope: NumberingScope;
  /** Whether the abbreviation is attested in real documents (false: spec marks it uncertain). */
  attested: boolean;
}

/** Every document type vanthu knows, in the order of QĐ 66 / QĐ 399. */
export const DOC_TYPES: readonly DocType[] = [
  { id: 'nghi-quyet', code: 'NQ', name: 'Nghị quyết', printedName: 'NGHỊ QUYẾT', scope: 'term', attested: true },
  { id: 'quyet-dinh', code: 'QĐ', name: 'Quyết định', printedName: 'QUYẾT ĐỊNH', scope: 'term', attested: true },
  { id: 'chi-thi', code: 'CT', name: 'Chỉ thị', printedName: 'CHỈ THỊ', scope: 'term', attested: true },
  { id: 'ket-luan', code: 'KL', name: 'Kết luận', printedName: 'KẾT LUẬN', scope: 'term', attested: true },
  { id: 'quy-che', code: 'QC', name: 'Quy chế', printedName: 'QUY CHẾ', scope: 'term', attested: true },
  { id: 'quy-dinh', code: 'QĐ', name: 'Quy định', printedName: 'QUY ĐỊNH', scope: 'term', attested: true },
  { id: 'thong-tri', code: 'TT', name: 'Thông tri', printedName: 'THÔNG TRI', scope: 'term', attested: false },
  { id: 'huong-dan', code: 'HD', name: 'Hướng dẫn', printedName: 'HƯỚNG DẪN', scope: 'term', attested: true },
  { id: 'thong-bao', code: 'TB', name: 'Thông báo', printedName: 'THÔNG BÁO', scope: 'term', attested: true },
  { id: 'bao-cao', code: 'BC', name: 'Báo cáo', printedName: 'BÁO CÁO', scope: 'term', attested: false },
  { id: 'ke-hoach', code: 'KH', name: 'Kế hoạch', printedName: 'KẾ HOẠCH', scope: 'term', attested: true },
  { id: 'chuong-trinh', code: 'CTr', name: 'Chương trình', printedName: 'CHƯƠNG TRÌNH', scope: 'term', attested: false },
  { id: 'de-an', code: 'ĐA', name: 'Đề án', printedName: 'ĐỀ ÁN', scope: 'term', attested: false },
  { id: 'to-trinh', code: 'TTr', name: 'Tờ trình', printedName: 'TỜ TRÌNH', scope: 'term', attested: false },
  { id: 'cong-van', code: 'CV', name: 'Công văn', printedName: '', scope: 'term', attested: false },
  { id: 'bien-ban', code: 'BB', name: 'Biên bản', printedName: 'BIÊN BẢN', scope: 'term', attested: false },
  { id: 'giay-moi', code: 'GM', name: 'Giấy mời', printedName: 'GIẤY MỜI', scope: 'year', attested: true },
  { id: 'giay-gioi-thieu', code: 'GGT', name: 'Giấy giới thiệu', printedName: 'GIẤY GIỚI THIỆU', scope: 'year', attested: false },
  { id: 'ban-sao', code: 'BS', name: 'Bản sao', printedName: '', scope: 'term', attested: true },
];

/** Looks a type up by its id ("nghi-quyet"); undefined when unknown. */
export function findDocType(id: string): DocType | undefined {
  return DOC_TYPES.find((t) => t.id === id);
}
