/**
 * The column headings an imported register may carry, in ONE place: the printed registers' columns
 * (main/registry/print/columns.ts, the canonical heading of each field) plus the usual variants
 * offices write ("Số, KH", "Ngày, tháng", "Trích yếu", "Nơi gửi", two-line "Số" / "Ký hiệu" …).
 * Headings are compared by {@link headingKey}: tone marks and case folded, punctuation and line
 * breaks made spaces, "văn bản" / "VB" and the words "và", "hoặc" dropped, "KH" and "SL" expanded.
 */
import { foldVietnamese } from '../../../common/text/normalize';
import { columnsFor, type RegisterKind } from '../print/columns';

/** Which register a sheet holds (the printed book it looks like). */
export type ImportKind = RegisterKind;

/**
 * A field an imported column fills: a printed column's key, or one of the columns offices keep
 * apart from the printed book (độ mật and độ khẩn in two columns, the status, a number split into
 * "Số" and "Ký hiệu", the row's ordinal "STT", which is read and ignored).
 */
export type ImportField =
  | 'number' | 'date' | 'summary' | 'signer' | 'recipients' | 'archiveHolder' | 'copies' | 'secrecyUrgency' | 'notes'
  | 'receivedDate' | 'serial' | 'sender' | 'routedTo' | 'deadline' | 'receipt' | 'fileRef'
  | 'document' | 'progress'
  | 'secrecy' | 'urgency' | 'status' | 'numberSerial' | 'numberSymbol' | 'ordinal';

/** Variants beyond the printed heading, per field (written as people write them; keyed at load). */
const VARIANTS: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  number: ['Số và ký hiệu', 'Số, KH', 'Số ký hiệu', 'Số hiệu', 'Số, ký hiệu văn bản đi', 'Số, ký hiệu văn bản đến'],
  date: ['Ngày tháng', 'Ngày, tháng', 'Ngày tháng năm', 'Ngày, tháng, năm văn bản', 'Ngày văn bản', 'Ngày ban hành', 'Ngày ký', 'Ngày tháng VB'],
  summary: ['Trích yếu', 'Trích yếu nội dung', 'Tên loại, trích yếu', 'Tên loại và trích yếu', 'Nội dung', 'Nội dung trích yếu', 'Trích yếu văn bản'],
  signer: ['Người ký văn bản', 'Họ tên người ký'],
  recipients: ['Nơi nhận', 'Nơi gửi đến'],
  archiveHolder: ['Bản lưu', 'Nơi lưu', 'Đơn vị lưu', 'Lưu', 'Đơn vị, người nhận bản lưu', 'Người nhận bản lưu'],
  copies: ['Số lượng', 'Số bản', 'SL bản', 'Số lượng văn bản'],
  secrecyUrgency: ['Độ mật, khẩn', 'Mức độ mật, khẩn', 'Độ khẩn, độ mật', 'Độ mật khẩn'],
  receivedDate: ['Ngày nhận', 'Ngày, tháng đến', 'Ngày tháng đến'],
  serial: ['Số đến', 'Số TT đến'],
  sender: ['Cơ quan gửi', 'Nơi gửi', 'Cơ quan ban hành', 'Nơi ban hành', 'Đơn vị gửi', 'Tác giả (cơ quan gửi)', 'Cơ quan, đơn vị gửi'],
  routedTo: ['Đơn vị nhận', 'Người nhận', 'Chuyển', 'Chuyển cho', 'Nơi nhận', 'Đơn vị, người nhận', 'Người xử lý'],
  deadline: ['Hạn xử lý', 'Thời hạn giải quyết', 'Hạn giải quyết', 'Thời hạn xử lý'],
  receipt: ['Ký nhận', 'Người nhận ký'],
  fileRef: ['Lưu hồ sơ', 'Hồ sơ số', 'Số hồ sơ', 'Lưu hồ sơ số'],
  document: ['Tác giả, số, ký hiệu, trích yếu'],
  progress: ['Kết quả giải quyết', 'Tiến độ giải quyết', 'Tiến độ', 'Kết quả xử lý'],
  secrecy: ['Độ mật'],
  urgency: ['Độ khẩn'],
  status: ['Tình trạng', 'Trạng thái', 'Tình trạng xử lý'],
  numberSerial: ['Số'],
  numberSymbol: ['Ký hiệu'],
  ordinal: ['STT', 'TT', 'Số thứ tự', 'Số TT'],
  notes: ['Ghi chú'],
};

/** Fields a sheet of each kind may hold beyond its printed columns. */
const EXTRA_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  out: ['secrecy', 'urgency', 'numberSerial', 'numberSymbol', 'ordinal'],
  in: ['secrecy', 'urgency', 'status', 'numberSerial', 'numberSymbol', 'ordinal'],
  'follow-up': ['ordinal', 'status'],
};

/** Fields without which a sheet of each kind cannot be imported (the number may come in two columns). */
export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  out: ['number', 'date'],
  in: ['receivedDate', 'sender', 'summary'],
  'follow-up': ['receivedDate', 'document'],
};

/** Fields only a register of that kind has: a sheet is that kind only when one of them is found. */
export const KIND_MARKERS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  out: [],
  in: ['serial', 'receivedDate'],
  'follow-up': ['document', 'progress'],
};

const ABBREVIATIONS: Readonly<Record<string, string>> = { kh: 'ky hieu', sl: 'so luong', vb: 'van ban', skh: 'so ky hieu' };
const FILLERS = new Set(['va', 'hoac']);

/**
 * The comparison key of a heading: "Số, ký hiệu\nvăn bản" → "so ky hieu", "SỐ, KH" → "so ky hieu",
 * "Ngày tháng văn bản (1)" → "ngay thang". Empty for a cell that is no heading.
 */
export function headingKey(text: string): string {
  const words = foldVietnamese(text.normalize('NFC'))
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => w && !FILLERS.has(w));
  return words.join(' ').replace(/(^| )van ban(?= |$)/g, ' ').replace(/\s+/g, ' ').trim();
}

const KINDS: readonly ImportKind[] = ['out', 'in', 'follow-up'];

function buildDictionary(): ReadonlyMap<ImportKind, ReadonlyMap<string, ImportField>> {
  const all = new Map<ImportKind, Map<string, ImportField>>();
  for (const kind of KINDS) {
    const dict = new Map<string, ImportField>();
    const add = (field: ImportField, heading: string) => {
      const key = headingKey(heading);
      if (key && !dict.has(key)) dict.set(key, field);
    };
    // Printed headings first: they win over a variant of another field that folds the same way.
    for (const col of columnsFor(kind)) add(col.key as ImportField, col.header);
    const fields = [...columnsFor(kind).map((c) => c.key as ImportField), ...EXTRA_FIELDS[kind]];
    for (const field of fields) for (const v of VARIANTS[field] ?? []) add(field, v);
    all.set(kind, dict);
  }
  return all;
}

const DICTIONARY = buildDictionary();

/** The field a heading names in a register of `kind`, or undefined. */
export function fieldOfHeading(kind: ImportKind, text: string): ImportField | undefined {
  const key = headingKey(text);
  return key ? DICTIONARY.get(kind)!.get(key) : undefined;
}

/** The heading a field is printed with in a register of `kind` (for messages), e.g. "Ngày tháng văn bản". */
export function printedHeading(kind: ImportKind, field: ImportField): string {
  const col = columnsFor(kind).find((c) => c.key === field);
  if (col) return col.header;
  const named: Partial<Record<ImportField, string>> = {
    numberSerial: 'Số', numberSymbol: 'Ký hiệu', secrecy: 'Độ mật', urgency: 'Độ khẩn', status: 'Tình trạng', ordinal: 'STT',
  };
  return named[field] ?? field;
}

/** The kinds of register, in the order a tie between equally good header rows is settled. */
export const IMPORT_KINDS: readonly ImportKind[] = KINDS;
