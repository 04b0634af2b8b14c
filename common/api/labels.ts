/**
 * Vietnamese names of request fields, so validation messages name what the clerk sees on screen
 * ("Ký hiệu cơ quan") rather than a program path ("organisation.symbol").
 */

/** Label and, for a format error, what the right form looks like. */
export interface FieldLabel {
  label: string;
  format?: string;
}

/** Labels by field path (array indexes removed: "organisation.signers.name"). */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  'organisation.name': { label: 'Tên cơ quan ban hành' },
  'organisation.superior': { label: 'Cơ quan cấp trên' },
  'organisation.symbol': { label: 'Ký hiệu cơ quan', format: 'chỉ gồm chữ cái, không dấu cách, tối đa 12 chữ, ví dụ TU' },
  'organisation.kind': { label: 'Loại cơ quan' },
  'organisation.place': { label: 'Địa danh' },
  'organisation.signingBody': { label: 'Tập thể lãnh đạo' },
  'organisation.authorBody': { label: 'Tên tập thể trong dòng tác giả' },
  'organisation.archive': { label: 'Nơi lưu văn bản' },
  'organisation.signers': { label: 'Danh sách người ký' },
  'organisation.signers.name': { label: 'Họ và tên người ký' },
  'organisation.signers.title': { label: 'Chức vụ người ký' },
  'term.name': { label: 'Nhiệm kỳ' },
  'term.start': { label: 'Ngày bắt đầu nhiệm kỳ' },
  receivedDate: { label: 'Ngày đến' },
  sender: { label: 'Cơ quan gửi' },
  senderNumber: { label: 'Số và ký hiệu' },
  docDate: { label: 'Ngày văn bản' },
  summary: { label: 'Trích yếu' },
  routedTo: { label: 'Chuyển cho' },
  deadline: { label: 'Hạn xử lý' },
  text: { label: 'Từ khóa tìm kiếm' },
  templateId: { label: 'Mẫu văn bản' },
  draftId: { label: 'Dự thảo' },
  file: { label: 'Tệp' },
  name: { label: 'Tên tệp' },
};

/** The label of a field path, or null when it has none. */
export function labelOf(path: readonly PropertyKey[]): FieldLabel | null {
  const key = path.filter((p) => typeof p === 'string').join('.');
  return FIELD_LABELS[key] ?? null;
}
