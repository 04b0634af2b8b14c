/** The sections of the left navigation, in order. */

/** Id of a section. */
export type SectionId = 'compose' | 'queue' | 'outgoing' | 'incoming' | 'search' | 'settings' | 'accounts';

/** One navigation entry. */
export interface Section {
  id: SectionId;
  label: string;
  /** Short hint shown under the heading of the section. */
  hint: string;
  /** Keyboard shortcut (Alt+digit). */
  key: string;
}

/** The navigation, as the issue names it. */
export const SECTIONS: readonly Section[] = [
  { id: 'compose', label: 'Soạn thảo', hint: 'Tạo văn bản mới từ mẫu, mở và xuất các dự thảo.', key: '1' },
  { id: 'queue', label: 'Hàng chờ', hint: 'Dự thảo chờ duyệt, bị trả lại kèm ý kiến, chờ cấp số — theo vai trò của bạn.', key: '6' },
  { id: 'outgoing', label: 'Văn bản đi', hint: 'Sổ đăng ký văn bản đi: số, ngày, trích yếu, người ký.', key: '2' },
  { id: 'incoming', label: 'Văn bản đến', hint: 'Vào sổ văn bản đến, chuyển xử lý và theo dõi hạn.', key: '3' },
  { id: 'search', label: 'Tìm kiếm', hint: 'Tìm trong sổ văn bản đi, sổ văn bản đến và các dự thảo, gõ có dấu hay không dấu đều được.', key: '4' },
  { id: 'settings', label: 'Danh mục / Cài đặt', hint: 'Thông tin cơ quan, người ký, thể thức văn bản, nơi nhận, sao lưu dữ liệu.', key: '5' },
  // Shown only to a quản trị signed in to the office server (renderer/app/use-me.ts).
  { id: 'accounts', label: 'Tài khoản', hint: 'Tài khoản của máy chủ văn phòng: tạo, đặt lại mật khẩu, khóa, mở khóa.', key: '7' },
];
