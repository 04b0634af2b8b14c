/** The incoming register, the received stamp and the organisation profiles, on both engines. */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { stampFields } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';
import { tmpDir } from './helpers';
import { expectNumberingPerYearAndBook, incomingDoc as doc } from './incoming/numbering';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

describe.each(ENGINES)('incoming register on %s', (engine) => {
  const freshRegistry = () => engines.fresh(engine).reg;

  it('numbers per calendar year and per book (ordinary, secret, complaint letters)', () => {
    reg = freshRegistry();
    expectNumberingPerYearAndBook(reg);
  });

  it('keeps every field, validates dates and requires sender and summary', () => {
    reg = freshRegistry();
    const e = reg.addIncoming(doc('2021-03-10', { typeName: 'Nghị quyết', urgency: 'Khẩn', routedTo: 'Ban Tuyên giáo', deadline: '2021-03-20', fileRef: 'HS-12', notes: 'Bản chính' }));
    expect(e).toMatchObject({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy Hà Nam', senderNumber: '04-NQ/TU', docDate: '2021-03-06', typeName: 'Nghị quyết',
      urgency: 'Khẩn', routedTo: 'Ban Tuyên giáo', deadline: '2021-03-20', fileRef: 'HS-12', notes: 'Bản chính', status: 'chưa xử lý' });
    expect(() => reg.addIncoming(doc('10/3/2021'))).toThrow(/Ngày đến/);
    expect(() => reg.addIncoming(doc('2021-03-10', { sender: ' ' }))).toThrow(/tác giả/);
    expect(() => reg.addIncoming(doc('2021-03-10', { status: 'xong' as never }))).toThrow(/Trạng thái/);
  });

  it('copies attachments under generated names with their SHA-256, and leaves nothing on failure', () => {
    const dir = tmpDir();
    reg = freshRegistry();
    const scan = path.join(dir, 'bản quét 04-NQ.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 giả lập');
    const e = reg.addIncoming(doc('2021-03-10'), [scan]);
    const a = e.attachments[0];
    expect(a.originalName).toBe('bản quét 04-NQ.pdf');
    expect(a.storedPath).toMatch(/^den\/2021\/[0-9a-f-]{36}\.pdf$/);
    const stored = fs.readFileSync(path.join(reg.dataDir, a.storedPath));
    expect(a.sha256).toBe(createHash('sha256').update(stored).digest('hex'));
    expect(() => reg.addIncoming(doc('2021-03-10', { summary: '' }), [scan])).toThrow();
    expect(fs.readdirSync(path.join(reg.dataDir, 'den', '2021'))).toHaveLength(1);
    expect(() => reg.addIncoming(doc('2021-03-10'), [path.join(dir, 'khong-co.pdf')])).toThrow(/Không đọc được tệp đính kèm/);
  });

  it('lists overdue documents and audits status changes', () => {
    reg = freshRegistry();
    const a = reg.addIncoming(doc('2021-03-10', { deadline: '2021-03-15' }));
    reg.addIncoming(doc('2021-03-11', { deadline: '2021-04-30' }));
    reg.addIncoming(doc('2021-03-12'));
    expect(reg.listIncoming({ overdue: true, today: '2021-03-20' }).map((e) => e.id)).toEqual([a.id]);
    reg.updateIncoming(a.id, { status: 'đã xử lý', notes: 'Đã báo cáo' }, 'Hoàn thành');
    expect(reg.listIncoming({ overdue: true, today: '2021-03-20' })).toEqual([]);
    const ev = reg.auditLog({ entity: 'in_entry', entityId: String(a.id) })[0];
    expect(ev).toMatchObject({ action: 'in.update', before: { status: 'chưa xử lý' }, after: { status: 'đã xử lý', reason: 'Hoàn thành' } });
    expect(() => reg.updateIncoming(a.id, { receivedDate: '2021-01-01' })).toThrow(/Không sửa được/);
  });

  it('gives the received stamp fields (spec §5.1) in one call', () => {
    reg = freshRegistry();
    reg.saveOrganisation({
      superior: 'TỈNH HÀ NAM', name: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN', symbol: 'ĐUK', kind: 'cap-uy', place: 'Hà Nam',
      signers: [{ name: 'Trần Văn C', title: 'BÍ THƯ', deputy: false }], archive: 'Văn phòng Đảng ủy', signingBody: '', authorBody: '', superiors: [], recipients: [], layout: { profile: null, override: {} },
    });
    for (let i = 0; i < 104; i++) reg.addIncoming(doc('2021-01-05'));
    const e = reg.addIncoming(doc('2021-03-10', { routedTo: 'Đ/c Bí thư' }));
    expect(reg.stamp(e.id).lines).toEqual([
      'TỈNH HÀ NAM', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'VĂN BẢN ĐẾN', 'Số: 105\u00a0\u00a0\u00a0Ngày: 10/3/21', 'Chuyển: Đ/c Bí thư', 'Lưu hồ sơ số: .....',
    ]);
    expect(stampFields({ serial: 7, receivedDate: '2026-11-02', routedTo: '', fileRef: '12' })).toMatchObject({ number: '7', date: '2/11/26', fileRef: '12' });
  });

  it('stores organisation profiles and signers in the database', () => {
    reg = freshRegistry();
    const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
    reg.saveOrganisation(org);
    expect(reg.getOrganisation('TU')).toMatchObject({ name: 'TỈNH ỦY NINH BÌNH', signers: org.signers });
    reg.saveOrganisation({ ...org, signers: [org.signers[1]] });
    expect(reg.getOrganisation()!.signers.map((s) => s.name)).toEqual([org.signers[1].name]);
    expect(() => reg.saveOrganisation({ ...org, symbol: 'T U' })).toThrow(/symbol/);
  });
});
