/**
 * A populated single-seat registry for the move-in tests: two outgoing books, numbers across two
 * terms, a declared floor, a reservation released and one kept, a cancelled number, a registered
 * DOCX, incoming documents (ordinary and secret) with attachments, routing, an organisation, and
 * the audit events all of that wrote. Drafts are added only when the PostgreSQL schema has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDraft } from '../../../common/draft/create';
import { acceptSamples } from '../../../common/draft/fill';
import { openRegistry } from '../../../main/registry/index';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';

/** Fills a new registry at `file` (its attachments written into `dir`); returns its outgoing book ids. */
export async function fillSingleSeat(file: string, dir: string): Promise<{ tu: number; dh: number }> {
  const reg = openRegistry(file, { user: 'van-thu-a', dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
  try {
    const tu = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy Hà Nam' }).id;
    const dh = reg.createOutBook({ issuerCode: 'ĐH', name: 'Đảng ủy Khối' }).id;
    reg.openTerm(tu, '2020–2025', '2020-10-15');
    reg.openTerm(dh, '2020–2025', '2020-10-15');
    for (let i = 0; i < 5; i++) reg.registerNumber(tu, { typeCode: 'NQ', date: '2021-03-0' + (i + 1), summary: `Nghị quyết số ${i + 1} về công tác Đảng` });
    reg.registerNumber(tu, { typeCode: 'NQ', date: '2021-04-01', secrecy: 'Mật', summary: 'Nghị quyết mật' });
    reg.setLastUsed(tu, 'KL', 45, { date: '2021-05-01' });
    reg.registerNumber(tu, { typeCode: 'KL', date: '2021-05-02', summary: 'Kết luận của Ban Thường vụ' });
    const r1 = reg.reserveNumber(tu, { typeCode: 'NQ', date: '2021-06-01', summary: 'Giữ số' });
    reg.reserveNumber(tu, { typeCode: 'NQ', date: '2021-06-02', summary: 'Giữ số còn giữ' });
    reg.releaseReservation(r1.id, 'Không ban hành nữa');
    const c = reg.registerNumber(tu, { typeCode: 'CT', date: '2021-07-01', summary: 'Chỉ thị sẽ hủy' });
    reg.cancelNumber(c.id, 'Ban hành nhầm');
    reg.closeTerm(tu, '2025-10-14');
    reg.openTerm(tu, '2025–2030', '2025-10-15');
    reg.registerNumber(tu, { typeCode: 'NQ', date: '2025-10-20', summary: 'Nghị quyết đầu nhiệm kỳ mới' });
    const draft = JSON.stringify(acceptSamples(createDraft(findTemplate('nghi-quyet')!, defaultOrganisation())));
    await reg.registerDocument(draft, { bookId: tu, date: '2025-11-03' });
    reg.registerNumber(dh, { typeCode: 'TB', date: '2025-10-12', summary: 'Thông báo của Đảng ủy Khối' });
    const a1 = path.join(dir, 'cong-van-den.pdf');
    const a2 = path.join(dir, 'phu-luc.docx');
    fs.writeFileSync(a1, Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)));
    fs.writeFileSync(a2, 'Phụ lục: danh sách Đảng viên');
    const e1 = reg.addIncoming({ receivedDate: '2025-11-05', sender: 'Ban Tổ chức Trung ương', senderNumber: '12-CV/BTCTW', summary: 'Về việc chuẩn bị đại hội', deadline: '2025-11-20' }, [a1, a2]);
    reg.addIncoming({ receivedDate: '2025-11-06', sender: 'Văn phòng Trung ương Đảng', summary: 'Văn bản mật', secrecy: 'Mật' }, [a2]);
    reg.updateIncoming(e1.id, { routedTo: 'Ban Tuyên giáo' });
    reg.drafts.create({ id: 'du-thao-1', templateId: 'nghi-quyet', title: 'Nghị quyết về chuyển đổi số', doc: { format: 'test', n: 1 } });
    reg.drafts.create({ id: 'du-thao-2', templateId: 'ket-luan', title: 'Kết luận về đào tạo cán bộ', doc: { format: 'test', n: 2 } });
    return { tu, dh };
  } finally {
    reg.close();
  }
}
