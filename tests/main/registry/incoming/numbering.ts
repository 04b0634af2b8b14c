/** What the incoming register tests share (incoming.test.ts, incoming-engines.test.ts): a document, and the numbering checks. */
import { expect } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import type { InInput } from '../../../../main/registry/types';

/** A resolution of Tỉnh ủy Hà Nam received on `receivedDate`, with `extra` fields. */
export const incomingDoc = (receivedDate: string, extra: Partial<InInput> = {}): InInput => ({
  receivedDate, sender: 'Tỉnh ủy Hà Nam', senderNumber: '04-NQ/TU', docDate: '2021-03-06', summary: 'Nghị quyết về công tác tư tưởng', ...extra,
});

/**
 * Registers documents at the turn of 2021/2022 on an empty `reg` and checks the số đến: per calendar
 * year and per book (ordinary, secret, complaint letters), and the books' names.
 */
export function expectNumberingPerYearAndBook(reg: RegistryService): void {
  expect(reg.addIncoming(incomingDoc('2021-12-30')).serial).toBe(1);
  expect(reg.addIncoming(incomingDoc('2021-12-31')).serial).toBe(2);
  expect(reg.addIncoming(incomingDoc('2021-12-31', { secrecy: 'Mật' }))).toMatchObject({ serial: 1, bookKind: 'mat' });
  expect(reg.addIncoming(incomingDoc('2021-12-31', { complaint: true, sender: 'Ông Nguyễn Văn B' }))).toMatchObject({ serial: 1, bookKind: 'don-thu' });
  expect(reg.addIncoming(incomingDoc('2022-01-01'))).toMatchObject({ serial: 1, year: 2022, bookKind: 'thuong' });
  expect(reg.listInBooks().map((b) => b.name)).toEqual([
    'Sổ đăng ký văn bản đến năm 2021', 'Sổ đăng ký văn bản mật đến năm 2021',
    'Sổ đăng ký đơn, thư khiếu nại, tố cáo năm 2021', 'Sổ đăng ký văn bản đến năm 2022',
  ]);
}
