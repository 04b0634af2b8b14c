/**
 * 4 clerk processes doing desk work together on one registry, on PostgreSQL (each its own connection)
 * and on one SQLite file: counting a sender's uses, routing one entry, numbering with a recipient,
 * creating the same group names and syncing the Nơi nhận book at the same time. Nothing is lost or
 * counted twice, each group name is made once and the others are refused with the Vietnamese
 * 'conflict' (never a raw database error), and the audit chain verifies afterwards.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES, useRegistryEngines } from '../registry/engines';
import { removeDeskClerkScript, runDeskClerks } from './desk-clients';

const engines = useRegistryEngines();
const CLERKS = 4;
const EACH = 15;
afterAll(() => removeDeskClerkScript());

describe.each(ENGINES)('concurrent desk work on %s', (engine) => {
  it(`${CLERKS} processes × ${EACH} rounds: every use, route and recipient counted once; each group name made once`, async () => {
    const t = engines.withTermBook(engine);
    const entry = t.reg.addIncoming({ receivedDate: '2026-03-10', sender: 'Ban Tổ chức Tỉnh ủy', summary: 'Văn bản chuyển nhiều lần' });
    t.reg.close();
    const results = await runDeskClerks(t.location, t.dataDir, CLERKS, EACH, t.bookId, entry.id);
    expect(results.reduce((n, r) => n + r.made, 0)).toBe(EACH);
    expect(results.reduce((n, r) => n + r.conflicts, 0)).toBe((CLERKS - 1) * EACH);
    const reg = engines.open(t.location, t.dataDir);
    expect(reg.desk.listAddresses()).toMatchObject([{ name: 'Ban Tổ chức Tỉnh ủy', uses: CLERKS * EACH }]);
    expect(reg.desk.routes(entry.id)).toHaveLength(CLERKS * EACH);
    const book = reg.desk.recipients.book({ lines: ['Ban Bí thư Trung ương Đảng'], groups: [] });
    expect(book.entries.find((e) => e.text === 'Các huyện ủy')?.uses).toBe(CLERKS * EACH);
    expect(book.entries.find((e) => e.text === 'Ban Bí thư Trung ương Đảng')).toMatchObject({ source: 'org' });
    expect(book.groups.map((g) => g.name).sort()).toEqual(Array.from({ length: EACH }, (_, i) => `Nhóm ${i}`).sort());
    expect(reg.auditVerify().ok).toBe(true);
  }, 600_000);
});
