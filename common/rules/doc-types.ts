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
   * does (66-QĐ/TW, 399-QĐ/TW); some bodies write "QĐi" — the organisation setting `quyDinhCode`
   * (see `typeCodeFor`). Types sharing an abbreviation share a counter.
   */
  code: string;
  /** Other abbreviations real numbers carry for this type (accepted by the check, e.g. "QĐi"). */
  altCodes?: readonly string[];
  /** Name in sentence case, as the UI shows it. */
  name: string;
  /** The type name as printed in the title block (UPPER); empty for công văn, which has none. */
  printedName: string;
  /** Default numbering scope; offices may change it per type. */
  scope: NumberingScope;
  /** Whether the abbreviation is attested in real documents (false: spec marks it uncertain). */
  attested: boolean;
  /** A real number carrying the abbreviation, with where it was read (docs/sources.md). */
  seenIn?: string;
}

/** The two abbreviations real Quy định numbers carry: 85-QĐ/TW, 399-QĐ/TW and 08-QĐi/TW (25/10/2018). */
export const QUY_DINH_CODES = ['QĐ', 'QĐi'] as const;

/** An abbreviation of Quy định. */
export type QuyDinhCode = (typeof QUY_DINH_CODES)[number];

/**
 * Default abbreviation of Quy định: "QĐ", as most practice (66-QĐ/TW, 85-QĐ/TW, 399-QĐ/TW; spec
 * §3.2 and §7a); "QĐi" (08-QĐi/TW) is also real, so an organisation may choose it.
 */
export const DEFAULT_QUY_DINH_CODE: QuyDinhCode = 'QĐ';

/** Every document type vanthu knows, in the order of QĐ 66 / QĐ 399. */
export const DOC_TYPES: readonly DocType[] = [
  { id: 'nghi-quyet', code: 'NQ', name: 'Nghị quyết', printedName: 'NGHỊ QUYẾT', scope: 'term', attested: true },
  { id: 'quyet-dinh', code: 'QĐ', name: 'Quyết định', printedName: 'QUYẾT ĐỊNH', scope: 'term', attested: true },
  { id: 'chi-thi', code: 'CT', name: 'Chỉ thị', printedName: 'CHỈ THỊ', scope: 'term', attested: true },
  { id: 'ket-luan', code: 'KL', name: 'Kết luận', printedName: 'KẾT LUẬN', scope: 'term', attested: true },
  { id: 'quy-che', code: 'QC', name: 'Quy chế', printedName: 'QUY CHẾ', scope: 'term', attested: true },
  { id: 'quy-dinh', code: DEFAULT_QUY_DINH_CODE, altCodes: ['QĐi'], name: 'Quy định', printedName: 'QUY ĐỊNH', scope: 'term', attested: true, seenIn: '85-QĐ/TW, 399-QĐ/TW; 08-QĐi/TW' },
  { id: 'thong-tri', code: 'TT', name: 'Thông tri', printedName: 'THÔNG TRI', scope: 'term', attested: false },
  { id: 'huong-dan', code: 'HD', name: 'Hướng dẫn', printedName: 'HƯỚNG DẪN', scope: 'term', attested: true },
  { id: 'thong-bao', code: 'TB', name: 'Thông báo', printedName: 'THÔNG BÁO', scope: 'term', attested: true },
  { id: 'bao-cao', code: 'BC', name: 'Báo cáo', printedName: 'BÁO CÁO', scope: 'term', attested: true, seenIn: '229-BC/TU' },
  { id: 'ke-hoach', code: 'KH', name: 'Kế hoạch', printedName: 'KẾ HOẠCH', scope: 'term', attested: true },
  { id: 'chuong-trinh', code: 'CTr', name: 'Chương trình', printedName: 'CHƯƠNG TRÌNH', scope: 'term', attested: true, seenIn: '06-CTr/TU, 27-CTr/TU' },
  { id: 'de-an', code: 'ĐA', name: 'Đề án', printedName: 'ĐỀ ÁN', scope: 'term', attested: true, seenIn: '07-ĐA/TU' },
  { id: 'to-trinh', code: 'TTr', name: 'Tờ trình', printedName: 'TỜ TRÌNH', scope: 'term', attested: false },
  { id: 'cong-van', code: 'CV', name: 'Công văn', printedName: '', scope: 'term', attested: true, seenIn: '3398-CV/BTGTU, 1510-CV/BTGTU, 2618-CV/VPTU' },
  { id: 'bien-ban', code: 'BB', name: 'Biên bản', printedName: 'BIÊN BẢN', scope: 'term', attested: false },
  { id: 'giay-moi', code: 'GM', name: 'Giấy mời', printedName: 'GIẤY MỜI', scope: 'year', attested: true },
  { id: 'giay-gioi-thieu', code: 'GGT', name: 'Giấy giới thiệu', printedName: 'GIẤY GIỚI THIỆU', scope: 'year', attested: false },
  { id: 'ban-sao', code: 'BS', name: 'Bản sao', printedName: '', scope: 'term', attested: true },
];

/** The numbering scope of an abbreviation that belongs to no type vanthu knows: through the term, as most types. */
export const UNKNOWN_CODE_SCOPE: NumberingScope = 'term';

/**
 * The type an abbreviation in a number belongs to: the type whose own code it is ("QĐ" → Quyết định,
 * the first of the two types sharing it), else the type that accepts it as an alternative ("QĐi" →
 * Quy định); undefined when no type writes it.
 */
export function docTypeOfCode(code: string): DocType | undefined {
  return DOC_TYPES.find((t) => t.code === code) ?? DOC_TYPES.find((t) => t.altCodes?.includes(code));
}

/** Default numbering scope of an abbreviation: its type's (see docTypeOfCode), else UNKNOWN_CODE_SCOPE. */
export function defaultScopeForCode(code: string): NumberingScope {
  return docTypeOfCode(code)?.scope ?? UNKNOWN_CODE_SCOPE;
}

/** Looks a type up by its id ("nghi-quyet"); undefined when unknown. */
export function findDocType(id: string): DocType | undefined {
  return DOC_TYPES.find((t) => t.id === id);
}

/** The abbreviation an organisation writes for a type: its `quyDinhCode` for Quy định, else the type's code. */
export function typeCodeFor(type: DocType, org?: { quyDinhCode?: QuyDinhCode }): string {
  return type.id === 'quy-dinh' ? org?.quyDinhCode ?? type.code : type.code;
}

/** Every abbreviation accepted for a type in a number ("QĐ" and "QĐi" for Quy định). */
export function acceptedTypeCodes(type: DocType): readonly string[] {
  return [type.code, ...(type.altCodes ?? [])];
}
