/**
 * The shared register fixture of the print and import tests: outgoing numbers of several types (one
 * cancelled), incoming entries in every status, written through the registry so it can be made on
 * either engine (and printed from both to compare).
 */
import type { RegistryService } from '../../../../main/registry/index';

/** The period the fixture's entries fall in. */
export const PERIOD = { from: '2024-01-01', to: '2024-12-31' };

/** Saves the organisation profile the printed books name in their title block. */
export function seedOrganisation(r: RegistryService): void {
  r.saveOrganisation({
    superior: 'ĐẢNG BỘ TỈNH HÀ NAM', name: 'TỈNH ỦY HÀ NAM', symbol: 'TU', kind: 'cap-uy', place: 'Hà Nam',
    signers: [{ name: 'Nguyễn Văn An', title: 'BÍ THƯ', deputy: false }], archive: 'Văn phòng Tỉnh ủy', signingBody: '', authorBody: '',
    superiors: [], recipients: [], layout: { profile: null, override: {} },
  });
}

/** Writes the fixture's entries into `r` (a registry with the book `bookId` of issuer TU and an open term). */
export function seedRegister(r: RegistryService, bookId: number): void {
  r.registerNumber(bookId, {
    typeCode: 'NQ', date: '2024-03-06', summary: 'Nghị quyết về chuyển đổi số; giai đoạn 2024–2030, "đột phá"', signer: 'Nguyễn Văn An',
    recipients: ['Các huyện ủy, thành ủy', 'Các ban Đảng Tỉnh ủy', 'Lưu VPTU'], archiveHolder: 'Văn phòng Tỉnh ủy', copies: 25,
    secrecy: 'Mật', urgency: 'Hỏa tốc', notes: 'Kèm phụ lục',
  });
  r.registerNumber(bookId, { typeCode: 'KL', date: '2024-03-07', summary: 'Kết luận của Ban Thường vụ về công tác cán bộ', signer: 'Trần Thị Bình' });
  const wrong = r.registerNumber(bookId, { typeCode: 'CV', date: '2024-04-01', summary: 'Công văn ghi nhầm', signer: 'Lê Văn Cường' });
  r.cancelNumber(wrong.id, 'Ghi nhầm loại văn bản');
  r.registerNumber(bookId, { typeCode: 'CV', date: '2024-04-02', summary: 'Công văn về việc chuẩn bị hội nghị', urgency: 'Khẩn', copies: 3 });
  for (let i = 0; i < 12; i++) r.registerNumber(bookId, { typeCode: 'GM', date: `2024-05-${String(i + 10).padStart(2, '0')}`, summary: `Giấy mời dự họp lần ${i + 1}` });
  r.registerNumber(bookId, { typeCode: 'TB', date: '2024-12-31', summary: 'Thông báo lịch nghỉ Tết' });
  r.addIncoming({
    receivedDate: '2024-03-10', sender: 'Tỉnh ủy Hà Nam', senderNumber: '04-NQ/TU', docDate: '2024-03-06', summary: 'Nghị quyết về công tác tư tưởng',
    routedTo: 'Đ/c Bí thư', deadline: '2024-03-20', fileRef: 'HS-12', notes: 'Bản chính', status: 'đang xử lý',
  });
  r.addIncoming({ receivedDate: '2024-03-11', sender: 'Huyện ủy Lý Nhân', summary: 'Báo cáo tình hình quý I, "khẩn"', urgency: 'Khẩn', status: 'đã xử lý' });
  r.addIncoming({ receivedDate: '2024-03-11', sender: 'Ban Tổ chức Tỉnh ủy', senderNumber: '45-HD/BTCTU', docDate: '2024-03-09', typeName: 'Hướng dẫn', summary: 'về công tác đảng viên' });
  r.addIncoming({ receivedDate: '2024-11-30', sender: 'Văn phòng Trung ương Đảng', senderNumber: '1200-CV/VPTW', summary: 'Công văn về việc gửi tài liệu\nhội nghị' });
}
