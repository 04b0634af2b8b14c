/**
 * The columns of the printed registers, as data (spec party-document-rules §5.2, engineering notes
 * "Peer registers"). The registry fills rows of these shapes; the printers (DOCX, XLSX) only walk the
 * column lists, so adding or reordering a column is a change here and nowhere else.
 *
 * Every row field is a string. Date fields take ISO `YYYY-MM-DD` (printed `dd/mm/yyyy`) or text
 * already formatted; an empty string prints an empty cell (e.g. "Ký nhận", signed by hand on paper).
 */

/** One row of the outgoing book (Sổ đăng ký văn bản đi). */
export interface OutgoingPrintRow {
  /** Số, ký hiệu văn bản, e.g. "04-NQ/TU". */
  number: string;
  /** Ngày tháng văn bản (ISO date). */
  date: string;
  /** Tên loại và trích yếu nội dung, e.g. "Nghị quyết về chuyển đổi số …". */
  summary: string;
  /** Người ký (name, optionally with position). */
  signer: string;
  /** Nơi nhận văn bản (recipients, one per line with "\n" or joined by ", "). */
  recipients: string;
  /** Đơn vị, người nhận bản lưu. */
  archiveHolder: string;
  /** Số lượng bản (copies), as text: "25". */
  copies: string;
  /** Độ mật, độ khẩn, e.g. "Mật", "Khẩn", "Mật, Hỏa tốc"; empty when ordinary. */
  secrecyUrgency: string;
  /** Ghi chú; a cancelled number carries "Đã hủy: <lý do>" (see {@link cancelledOutgoingRow}). */
  notes: string;
}

/** One row of the incoming book (Sổ đăng ký văn bản đến). */
export interface IncomingPrintRow {
  /** Ngày đến (ISO date). */
  receivedDate: string;
  /** Số đến (serial in the book's year), e.g. "105". */
  serial: string;
  /** Tác giả: the sending body. */
  sender: string;
  /** Số, ký hiệu of the document, e.g. "88-KL/TU". */
  number: string;
  /** Ngày tháng văn bản (ISO date). */
  date: string;
  /** Tên loại và trích yếu nội dung. */
  summary: string;
  /** Độ mật, độ khẩn; empty when ordinary. */
  secrecyUrgency: string;
  /** Đơn vị hoặc người nhận (chuyển). */
  routedTo: string;
  /** Hạn giải quyết (ISO date); empty when none. */
  deadline: string;
  /** Ký nhận: usually empty, signed by hand on the printed book. */
  receipt: string;
  /** Lưu hồ sơ số (file reference). */
  fileRef: string;
  /** Ghi chú. */
  notes: string;
}

/** One row of the follow-up book (Sổ theo dõi giải quyết văn bản đến). */
export interface FollowUpPrintRow {
  /** Số đến. */
  serial: string;
  /** Ngày đến (ISO date). */
  receivedDate: string;
  /** Tác giả, số ký hiệu, trích yếu, e.g. "Tỉnh ủy Hà Nam — 88-KL/TU — Kết luận về …". */
  document: string;
  /** Đơn vị, người nhận. */
  routedTo: string;
  /** Hạn giải quyết (ISO date). */
  deadline: string;
  /** Tiến độ, kết quả giải quyết, e.g. "Đã xử lý ngày 12/10/2026: đã báo cáo". */
  progress: string;
  /** Ghi chú. */
  notes: string;
}

/** A row of any register. */
export type PrintRow = OutgoingPrintRow | IncomingPrintRow | FollowUpPrintRow;

/** Which book: outgoing, incoming, or the follow-up book of incoming documents. */
export type RegisterKind = 'out' | 'in' | 'follow-up';

/** How a cell's text is treated: plain text, a date (ISO → dd/mm/yyyy), or a count/serial. */
export type ColumnKind = 'text' | 'date' | 'count';

/** One printed column: row key, Vietnamese header, relative width (any unit; scaled to the page). */
export interface RegisterColumn<R = Record<string, string>> {
  /** Field of the row printed in this column. */
  key: keyof R & string;
  /** Header text as printed. */
  header: string;
  /** Relative width; the printer scales all widths of a book to the usable page width. */
  width: number;
  /** Formatting and alignment hint. */
  kind: ColumnKind;
}

/** Row fields printed as dates (ISO → dd/mm/yyyy) and as counts; every other field is text. */
const DATE_KEYS: readonly string[] = ['date', 'receivedDate', 'deadline'];
const COUNT_KEYS: readonly string[] = ['copies', 'serial'];

/** A book's columns from `[key, header, width]` triples; the kind follows from the key. */
function columns<R>(list: readonly (readonly [key: keyof R & string, header: string, width: number])[]): readonly RegisterColumn<R>[] {
  return list.map(([key, header, width]) => ({
    key, header, width, kind: DATE_KEYS.includes(key) ? 'date' : COUNT_KEYS.includes(key) ? 'count' : 'text',
  }));
}

/** Columns of Sổ đăng ký văn bản đi, in print order. */
export const OUTGOING_COLUMNS = columns<OutgoingPrintRow>([
  ['number', 'Số, ký hiệu văn bản', 11], ['date', 'Ngày tháng văn bản', 10], ['summary', 'Tên loại và trích yếu nội dung', 28],
  ['signer', 'Người ký', 12], ['recipients', 'Nơi nhận văn bản', 20], ['archiveHolder', 'Đơn vị, người nhận bản lưu', 12],
  ['copies', 'Số lượng bản', 6], ['secrecyUrgency', 'Độ mật, độ khẩn', 8], ['notes', 'Ghi chú', 12],
]);

/** Columns of Sổ đăng ký văn bản đến, in print order. */
export const INCOMING_COLUMNS = columns<IncomingPrintRow>([
  ['receivedDate', 'Ngày đến', 10], ['serial', 'Số đến', 5], ['sender', 'Tác giả', 11], ['number', 'Số, ký hiệu', 13],
  ['date', 'Ngày tháng văn bản', 10], ['summary', 'Tên loại và trích yếu nội dung', 21], ['secrecyUrgency', 'Độ mật, độ khẩn', 8],
  ['routedTo', 'Đơn vị hoặc người nhận', 11], ['deadline', 'Hạn giải quyết', 10], ['receipt', 'Ký nhận', 7],
  ['fileRef', 'Lưu hồ sơ số', 6], ['notes', 'Ghi chú', 8],
]);

/** Columns of Sổ theo dõi giải quyết văn bản đến, in print order. */
export const FOLLOW_UP_COLUMNS = columns<FollowUpPrintRow>([
  ['serial', 'Số đến', 6], ['receivedDate', 'Ngày đến', 9], ['document', 'Tác giả, số ký hiệu, trích yếu nội dung', 32],
  ['routedTo', 'Đơn vị, người nhận', 14], ['deadline', 'Hạn giải quyết', 9], ['progress', 'Tiến độ, kết quả giải quyết', 20],
  ['notes', 'Ghi chú', 10],
]);

/** Book title as printed, per kind. */
export const REGISTER_TITLES: Readonly<Record<RegisterKind, string>> = {
  out: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
  in: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
  'follow-up': 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
};

/** The column list of a book. */
export function columnsFor(kind: RegisterKind): readonly RegisterColumn[] {
  const byKind = { out: OUTGOING_COLUMNS, in: INCOMING_COLUMNS, 'follow-up': FOLLOW_UP_COLUMNS };
  return byKind[kind] as unknown as readonly RegisterColumn[];
}

/**
 * The register row of a cancelled outgoing number (hủy số): the number and date stay, the other
 * columns are empty, and Ghi chú reads "Đã hủy: <lý do>".
 */
export function cancelledOutgoingRow(number: string, date: string, reason: string): OutgoingPrintRow {
  return {
    number, date, summary: '', signer: '', recipients: '', archiveHolder: '', copies: '',
    secrecyUrgency: '', notes: reason.trim() ? `Đã hủy: ${reason.trim()}` : 'Đã hủy',
  };
}
