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

/** Columns of Sổ đăng ký văn bản đi, in print order. */
export const OUTGOING_COLUMNS: readonly RegisterColumn<OutgoingPrintRow>[] = [
  { key: 'number', header: 'Số, ký hiệu văn bản', width: 11, kind: 'text' },
  { key: 'date', header: 'Ngày tháng văn bản', width: 10, kind: 'date' },
  { key: 'summary', header: 'Tên loại và trích yếu nội dung', width: 28, kind: 'text' },
  { key: 'signer', header: 'Người ký', width: 12, kind: 'text' },
  { key: 'recipients', header: 'Nơi nhận văn bản', width: 20, kind: 'text' },
  { key: 'archiveHolder', header: 'Đơn vị, người nhận bản lưu', width: 12, kind: 'text' },
  { key: 'copies', header: 'Số lượng bản', width: 6, kind: 'count' },
  { key: 'secrecyUrgency', header: 'Độ mật, độ khẩn', width: 8, kind: 'text' },
  { key: 'notes', header: 'Ghi chú', width: 12, kind: 'text' },
];

/** Columns of Sổ đăng ký văn bản đến, in print order. */
export const INCOMING_COLUMNS: readonly RegisterColumn<IncomingPrintRow>[] = [
  { key: 'receivedDate', header: 'Ngày đến', width: 10, kind: 'date' },
  { key: 'serial', header: 'Số đến', width: 5, kind: 'count' },
  { key: 'sender', header: 'Tác giả', width: 11, kind: 'text' },
  { key: 'number', header: 'Số, ký hiệu', width: 13, kind: 'text' },
  { key: 'date', header: 'Ngày tháng văn bản', width: 10, kind: 'date' },
  { key: 'summary', header: 'Tên loại và trích yếu nội dung', width: 21, kind: 'text' },
  { key: 'secrecyUrgency', header: 'Độ mật, độ khẩn', width: 8, kind: 'text' },
  { key: 'routedTo', header: 'Đơn vị hoặc người nhận', width: 11, kind: 'text' },
  { key: 'deadline', header: 'Hạn giải quyết', width: 10, kind: 'date' },
  { key: 'receipt', header: 'Ký nhận', width: 7, kind: 'text' },
  { key: 'fileRef', header: 'Lưu hồ sơ số', width: 6, kind: 'text' },
  { key: 'notes', header: 'Ghi chú', width: 8, kind: 'text' },
];

/** Columns of Sổ theo dõi giải quyết văn bản đến, in print order. */
export const FOLLOW_UP_COLUMNS: readonly RegisterColumn<FollowUpPrintRow>[] = [
  { key: 'serial', header: 'Số đến', width: 6, kind: 'count' },
  { key: 'receivedDate', header: 'Ngày đến', width: 9, kind: 'date' },
  { key: 'document', header: 'Tác giả, số ký hiệu, trích yếu nội dung', width: 32, kind: 'text' },
  { key: 'routedTo', header: 'Đơn vị, người nhận', width: 14, kind: 'text' },
  { key: 'deadline', header: 'Hạn giải quyết', width: 9, kind: 'date' },
  { key: 'progress', header: 'Tiến độ, kết quả giải quyết', width: 20, kind: 'text' },
  { key: 'notes', header: 'Ghi chú', width: 10, kind: 'text' },
];

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
