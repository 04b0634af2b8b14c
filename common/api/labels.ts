/**
 * Vietnamese names of request fields, so validation messages name what the clerk sees on screen
 * ("Ký hiệu cơ quan") rather than a program path ("organisation.symbol").
 */
import { LAYOUT_FIELD_LABELS } from '../org/layout-settings';

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
  address: { label: 'Địa chỉ máy chủ', format: 'ví dụ https://192.168.1.10:8443' },
  fingerprint: { label: 'Mã nhận dạng của máy chủ' },
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
  name: { label: 'Tên' },
  year: { label: 'Năm' },
  limit: { label: 'Số dòng mỗi trang' },
  offset: { label: 'Vị trí bắt đầu' },
  id: { label: 'Mã' },
  bookId: { label: 'Sổ văn bản đi' },
  termId: { label: 'Nhiệm kỳ' },
  status: { label: 'Trạng thái' },
  from: { label: 'Từ ngày' },
  to: { label: 'Đến ngày' },
  date: { label: 'Ngày văn bản' },
  start: { label: 'Ngày bắt đầu nhiệm kỳ' },
  end: { label: 'Ngày kết thúc nhiệm kỳ' },
  typeCode: { label: 'Ký hiệu loại văn bản' },
  typeName: { label: 'Tên loại văn bản' },
  issuerCode: { label: 'Ký hiệu cơ quan' },
  reservationId: { label: 'Số đang giữ' },
  query: { label: 'Từ khóa' },
  title: { label: 'Tiêu đề' },
  draft: { label: 'Dự thảo' },
  kind: { label: 'Loại' },
  format: { label: 'Định dạng tệp' },
  reason: { label: 'Lý do' },
  unit: { label: 'Đơn vị xử lý' },
  person: { label: 'Người xử lý' },
  note: { label: 'Ghi chú' },
  notes: { label: 'Ghi chú' },
  secrecy: { label: 'Độ mật' },
  urgency: { label: 'Độ khẩn' },
  complaint: { label: 'Đơn thư khiếu nại' },
  attachments: { label: 'Tệp đính kèm' },
  attachment: { label: 'Tệp đính kèm' },
  attachmentNames: { label: 'Tên tệp đính kèm' },
  attachmentId: { label: 'Tệp đính kèm' },
  soonDays: { label: 'Số ngày sắp đến hạn' },
  register: { label: 'Sổ cần tìm' },
  version: { label: 'Phiên bản' },
  checkpoint: { label: 'Mốc lưu' },
  submitted: { label: 'Trình ký' },
  comment: { label: 'Ý kiến' },
  step: { label: 'Bước duyệt' },
  queue: { label: 'Hàng chờ' },
  client: { label: 'Mã cửa sổ soạn thảo' },
  revision: { label: 'Lần lưu' },
  takeOver: { label: 'Sửa ở cửa sổ này' },
  pdf: { label: 'Xuất PDF' },
  render: { label: 'Xem trước' },
  ...LAYOUT_FIELD_LABELS,
  profile: { label: 'Hướng dẫn thể thức' },
  recipient: { label: 'Dòng nơi nhận' },
  groupName: { label: 'Tên nhóm nơi nhận' },
  purpose: { label: 'Mục đích gửi (ví dụ "để báo cáo")' },
  lines: { label: 'Các dòng nơi nhận của nhóm' },
  typeId: { label: 'Loại văn bản' },
  items: { label: 'Nơi nhận mặc định' },
};

/** The label of a field path, or null when it has none. */
export function labelOf(path: readonly PropertyKey[]): FieldLabel | null {
  const key = path.filter((p) => typeof p === 'string').join('.');
  return FIELD_LABELS[key] ?? null;
}
