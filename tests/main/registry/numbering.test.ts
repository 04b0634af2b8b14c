/** The numbering rules, on SQLite and on a real PostgreSQL (./engines.ts): the same code, the same numbers. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

const nq = (date: string, extra: Record<string, unknown> = {}) => ({ typeCode: 'NQ', typeId: 'nghi-quyet', date, summary: 'Nghị quyết', ...extra });

describe.each(ENGINES)('numbering rules of Party documents (spec §4), on %s', (engine) => {
  const withTermBook = () => engines.withTermBook(engine);
  it('pads 01–09 and continues a term sequence across 1 January', () => {
    const t = withTermBook(); reg = t.reg;
    const numbers = [];
    for (let i = 0; i < 9; i++) numbers.push(reg.registerNumber(t.bookId, nq('2021-12-30')).number);
    numbers.push(reg.registerNumber(t.bookId, nq('2022-01-03')).number);
    expect(numbers.slice(0, 2)).toEqual(['01-NQ/TU', '02-NQ/TU']);
    expect(numbers[8]).toBe('09-NQ/TU');
    expect(numbers[9]).toBe('10-NQ/TU');
  });

  it('keeps one sequence per type abbreviation; Quyết định and Quy định share "QĐ"', () => {
    const t = withTermBook(); reg = t.reg;
    expect(reg.registerNumber(t.bookId, nq('2021-03-06')).number).toBe('01-NQ/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'KL', date: '2021-03-06' }).number).toBe('01-KL/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'QĐ', typeId: 'quyet-dinh', date: '2021-03-07' }).number).toBe('01-QĐ/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'QĐ', typeId: 'quy-dinh', date: '2021-03-08' }).number).toBe('02-QĐ/TU');
  });

  it('restarts every term-scoped sequence at 01 in a new term', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, nq('2025-09-01'));
    reg.registerNumber(t.bookId, nq('2025-09-02'));
    reg.closeTerm(t.bookId, '2025-10-14');
    expect(() => reg.registerNumber(t.bookId, nq('2025-10-20'))).toThrow(/nhiệm kỳ/);
    reg.openTerm(t.bookId, '2025–2030', '2025-10-15');
    expect(reg.registerNumber(t.bookId, nq('2025-10-20')).number).toBe('01-NQ/TU');
    // A closed term takes no more numbers, and its numbers stay in the register.
    expect(() => reg.registerNumber(t.bookId, nq('2025-10-10'))).toThrow(/nhiệm kỳ đã đóng/);
    expect(reg.listOutgoing().map((e) => e.number)).toEqual(['01-NQ/TU', '02-NQ/TU', '01-NQ/TU']);
  });

  it('restarts a year-scoped type (Giấy mời) on 1 January, also mid-term', () => {
    const t = withTermBook(); reg = t.reg;
    const gm = (date: string) => reg.registerNumber(t.bookId, { typeCode: 'GM', date }).number;
    expect(gm('2023-12-29')).toBe('01-GM/TU');
    expect(gm('2023-12-31')).toBe('02-GM/TU');
    expect(gm('2024-01-01')).toBe('01-GM/TU');
    reg.setTypeScope(t.bookId, 'CV', 'year');
    expect(reg.registerNumber(t.bookId, { typeCode: 'CV', date: '2024-05-01' }).number).toBe('01-CV/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'CV', date: '2025-01-02' }).number).toBe('01-CV/TU');
  });

  it('gives a secret document the next number of its type; a separate sequence only when set', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, nq('2021-03-01'));
    expect(reg.registerNumber(t.bookId, nq('2021-03-02', { secrecy: 'Mật' })).number).toBe('02-NQ/TU');
    expect(reg.registerNumber(t.bookId, nq('2021-03-03')).number).toBe('03-NQ/TU');
    reg.setSecretSeparate(t.bookId, true);
    expect(reg.registerNumber(t.bookId, nq('2021-03-04', { secrecy: 'TỐI MẬT' })).number).toBe('01-NQ/TU');
    expect(reg.registerNumber(t.bookId, nq('2021-03-05')).number).toBe('04-NQ/TU');
  });

  it('numbers every type of a congress in one shared sequence', () => {
    const t = withTermBook(); reg = t.reg;
    const dh = reg.createOutBook({ issuerCode: 'ĐH', name: 'Đại hội Đảng bộ tỉnh', defaultScope: 'shared' });
    reg.openTerm(dh.id, 'Đại hội XX', '2025-10-12');
    expect(reg.registerNumber(dh.id, { typeCode: 'TB', date: '2025-10-12' }).number).toBe('01-TB/ĐH');
    expect(reg.registerNumber(dh.id, { typeCode: 'BC', date: '2025-10-13' }).number).toBe('02-BC/ĐH');
    expect(reg.registerNumber(dh.id, { typeCode: 'NQ', date: '2025-10-14' }).number).toBe('03-NQ/ĐH');
    expect(reg.registerNumber(t.bookId, nq('2021-01-01')).number).toBe('01-NQ/TU');
  });

  it('gives a bản sao its own "BS" sequence through the term', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, nq('2021-03-01'));
    expect(reg.registerNumber(t.bookId, { typeCode: 'BS', typeId: 'ban-sao', date: '2021-03-02' }).number).toBe('01-BS/TU');
    expect(reg.registerNumber(t.bookId, { typeCode: 'BS', typeId: 'ban-sao', date: '2022-01-05' }).number).toBe('02-BS/TU');
  });

  it('refuses to number without a term, and checks dates and codes', () => {
    reg = withTermBook().reg;
    const b = reg.createOutBook({ issuerCode: 'HU', name: 'Huyện ủy' });
    expect(() => reg.registerNumber(b.id, nq('2021-03-01'))).toThrow(/Chưa có nhiệm kỳ nào bao gồm ngày 2021-03-01/);
    expect(reg.registerNumber(b.id, { typeCode: 'GM', date: '2021-03-01' }).number).toBe('01-GM/HU');
    expect(() => reg.registerNumber(b.id, { typeCode: 'GM', date: '2021-02-30' })).toThrow(/không hợp lệ/);
    expect(() => reg.registerNumber(b.id, { typeCode: 'N-Q', date: '2021-03-01' })).toThrow(/Ký hiệu loại/);
    expect(() => reg.createOutBook({ issuerCode: 'HU', name: 'Trùng' })).toThrow(/Đã có sổ/);
  });

  it('never gives a cancelled number again', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, nq('2021-03-01'));
    const second = reg.registerNumber(t.bookId, nq('2021-03-02'));
    const cancelled = reg.cancelNumber('02-NQ/TU', 'Văn bản không ban hành');
    expect(cancelled).toMatchObject({ id: second.id, status: 'cancelled', cancelReason: 'Văn bản không ban hành' });
    expect(reg.registerNumber(t.bookId, nq('2021-03-03')).number).toBe('03-NQ/TU');
    expect(() => reg.cancelNumber(second.id, 'lần nữa')).toThrow(/đã bị hủy/);
    expect(() => reg.cancelNumber('03-NQ/TU', '  ')).toThrow(/lý do/);
    expect(reg.listOutgoing().map((e) => `${e.number}:${e.status}`)).toEqual(['01-NQ/TU:issued', '02-NQ/TU:cancelled', '03-NQ/TU:issued']);
  });

  it('returns a released reservation to the pool only if nothing after it was issued', () => {
    const t = withTermBook(); reg = t.reg;
    const r1 = reg.reserveNumber(t.bookId, nq('2021-04-01'));
    expect(r1.number).toBe('01-NQ/TU');
    expect(reg.releaseReservation(r1.id, 'Chưa ký')).toEqual({ returned: true, entry: null });
    expect(reg.registerNumber(t.bookId, nq('2021-04-02')).number).toBe('01-NQ/TU');
    const r2 = reg.reserveNumber(t.bookId, nq('2021-04-03'));
    reg.registerNumber(t.bookId, nq('2021-04-04'));
    const released = reg.releaseReservation(r2.id, 'Lãnh đạo không ký');
    expect(released.returned).toBe(false);
    expect(released.entry).toMatchObject({ number: '02-NQ/TU', status: 'cancelled' });
    expect(released.entry!.cancelReason).toMatch(/đã cấp số sau: Lãnh đạo không ký/);
    expect(reg.registerNumber(t.bookId, nq('2021-04-05')).number).toBe('04-NQ/TU');
  });

  it('turns a reservation into the registered document with the same number', () => {
    const t = withTermBook(); reg = t.reg;
    const r = reg.reserveNumber(t.bookId, nq('2021-04-01'));
    reg.registerNumber(t.bookId, nq('2021-04-02'));
    const issued = reg.issueReserved(r.id, { summary: 'Nghị quyết về chuyển đổi số', signer: 'Nguyễn Văn An' });
    expect(issued).toMatchObject({ number: '01-NQ/TU', status: 'issued', summary: 'Nghị quyết về chuyển đổi số' });
    expect(() => reg.issueReserved(r.id)).toThrow(/không phải số đang giữ chỗ/);
  });

  it('continues after the last number declared by an office adopting vanthu mid-term', () => {
    const t = withTermBook(); reg = t.reg;
    reg.setLastUsed(t.bookId, 'KL', 87, { date: '2023-09-01' });
    expect(reg.registerNumber(t.bookId, { typeCode: 'KL', date: '2023-09-05' }).number).toBe('88-KL/TU');
    expect(() => reg.setLastUsed(t.bookId, 'KL', 50, { date: '2023-09-06' })).toThrow(/đã cấp đến số 88/);
    expect(reg.registerNumber(t.bookId, nq('2023-09-05')).number).toBe('01-NQ/TU');
  });

  it('records corrections as audited events and never changes a number', () => {
    const t = withTermBook(); reg = t.reg;
    const e = reg.registerNumber(t.bookId, nq('2021-03-06', { signer: 'Nguyen Van An' }));
    const fixed = reg.correctOutgoing(e.id, { signer: 'Nguyễn Văn An' }, 'Sửa lỗi gõ tên người ký');
    expect(fixed).toMatchObject({ number: '01-NQ/TU', signer: 'Nguyễn Văn An' });
    const ev = reg.auditLog({ entity: 'out_entry', entityId: String(e.id) })[0];
    expect(ev.action).toBe('out.correct');
    expect(ev.before).toMatchObject({ signer: 'Nguyen Van An' });
    expect(ev.after).toMatchObject({ signer: 'Nguyễn Văn An', reason: 'Sửa lỗi gõ tên người ký' });
    expect(() => reg.correctOutgoing(e.id, { date: '2021-03-07' } as never, 'x')).toThrow(/hủy số và cấp số mới/);
    expect(() => reg.correctOutgoing(e.id, { notes: 'x' }, '')).toThrow(/lý do/);
  });
});
