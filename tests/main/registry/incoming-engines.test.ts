/**
 * The incoming register on both engines (SQLite and a real PostgreSQL): số đến per book and year,
 * fields and validation, attachments, overdue list, pages, updates audited and verified, the guards,
 * search after an update; and 4 concurrent clerk processes × 100 registrations on PostgreSQL giving
 * the số đến 1..400 without a gap or a duplicate.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampFields } from '../../../main/registry/index';
import { addIncoming } from '../../../main/registry/incoming/incoming';
import { listIncomingPage } from '../../../main/registry/incoming/rows';
import { openStore } from '../../../main/store/index';
import { ENGINES, useRegistryEngines } from './engines';
import { registryCli } from './cli-harness';
import { removeClerkScript, runClerks } from './incoming/clerks';
import { tmpDir } from './helpers';
import { expectNumberingPerYearAndBook, incomingDoc as doc } from './incoming/numbering';
import { registryCtx } from './incoming/open-ctx';

const engines = useRegistryEngines();
afterAll(removeClerkScript);

describe.each(ENGINES)('incoming register on %s', (engine) => {
  it('numbers per calendar year and per book (ordinary, secret, complaint letters)', () => {
    const { reg } = engines.fresh(engine);
    expectNumberingPerYearAndBook(reg);
    expect(reg.listInBooks(2022).map((b) => b.year)).toEqual([2022]);
    // An import gives its own số đến; the next one follows it; a taken one is refused.
    expect(reg.addIncoming(doc('2021-05-01'), [], 40).serial).toBe(40);
    expect(reg.addIncoming(doc('2021-05-02')).serial).toBe(41);
    expect(() => reg.addIncoming(doc('2021-05-03'), [], 2)).toThrow('Số đến 2 đã có trong Sổ đăng ký văn bản đến năm 2021.');
  });

  it('keeps every field, validates dates and requires sender and summary', () => {
    const { reg } = engines.fresh(engine);
    const e = reg.addIncoming(doc('2021-03-10', { typeName: 'Nghị quyết', urgency: 'Khẩn', routedTo: 'Ban Tuyên giáo', deadline: '2021-03-20', fileRef: 'HS-12', notes: 'Bản chính' }));
    expect(reg.getIncoming(e.id)).toEqual(e);
    expect(e).toMatchObject({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy Hà Nam', senderNumber: '04-NQ/TU', docDate: '2021-03-06', typeName: 'Nghị quyết',
      urgency: 'Khẩn', routedTo: 'Ban Tuyên giáo', deadline: '2021-03-20', fileRef: 'HS-12', notes: 'Bản chính', status: 'chưa xử lý', attachments: [] });
    expect(() => reg.addIncoming(doc('10/3/2021'))).toThrow(/Ngày đến/);
    expect(() => reg.addIncoming(doc('2021-03-10', { sender: ' ' }))).toThrow(/tác giả/);
    expect(() => reg.addIncoming(doc('2021-03-10', { status: 'xong' as never }))).toThrow(/Trạng thái/);
    expect(reg.getIncoming(999)).toBeNull();
    expect(reg.listIncoming()).toHaveLength(1);
  });

  it('copies attachments under generated names with their SHA-256, and leaves nothing on failure', () => {
    const { reg } = engines.fresh(engine);
    const scan = path.join(tmpDir(), 'bản quét 04-NQ.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 giả lập');
    const e = reg.addIncoming(doc('2021-03-10'), [scan, scan]);
    expect(e.attachments.map((a) => a.originalName)).toEqual(['bản quét 04-NQ.pdf', 'bản quét 04-NQ.pdf']);
    const a = e.attachments[0];
    expect(a.storedPath).toMatch(/^den\/2021\/[0-9a-f-]{36}\.pdf$/);
    expect(a.sha256).toBe(createHash('sha256').update(fs.readFileSync(path.join(reg.dataDir, a.storedPath))).digest('hex'));
    expect(() => reg.addIncoming(doc('2021-03-10', { summary: '' }), [scan])).toThrow();
    expect(fs.readdirSync(path.join(reg.dataDir, 'den', '2021'))).toHaveLength(2);
    expect(reg.listIncoming()[0].attachments).toEqual(e.attachments);
  });

  it('lists overdue documents, audits status changes, and the chain verifies', () => {
    const { reg } = engines.fresh(engine);
    const a = reg.addIncoming(doc('2021-03-10', { deadline: '2021-03-15' }));
    const b = reg.addIncoming(doc('2021-03-11', { deadline: '2021-04-30' }));
    const c = reg.addIncoming(doc('2021-03-12'));
    reg.addIncoming(doc('2022-01-05', { secrecy: 'Mật' }));
    expect(reg.listIncoming({ overdue: true, today: '2021-03-20' }).map((e) => e.id)).toEqual([a.id]);
    expect(reg.listIncoming({ from: '2021-03-11', to: '2021-03-12' }).map((e) => e.id)).toEqual([b.id, c.id]);
    expect(reg.listIncoming({ kind: 'mat' }).map((e) => e.year)).toEqual([2022]);
    reg.updateIncoming(a.id, { status: 'đã xử lý', notes: 'Đã báo cáo' }, 'Hoàn thành');
    expect(reg.listIncoming({ overdue: true, today: '2021-03-20' })).toEqual([]);
    expect(reg.listIncoming({ status: 'đã xử lý' }).map((e) => e.notes)).toEqual(['Đã báo cáo']);
    const ev = reg.auditLog({ entity: 'in_entry', entityId: String(a.id) })[0];
    expect(ev).toMatchObject({ user: 'kiem-thu', action: 'in.update', before: { status: 'chưa xử lý' }, after: { status: 'đã xử lý', reason: 'Hoàn thành' } });
    expect(() => reg.updateIncoming(a.id, { receivedDate: '2021-01-01' })).toThrow(/Không sửa được/);
    expect(() => reg.updateIncoming(999, { notes: 'x' })).toThrow('Không có văn bản đến mã 999.');
    expect(reg.auditVerify()).toMatchObject({ ok: true });
    expect(stampFields(reg.getIncoming(c.id)!)).toMatchObject({ number: '3', date: '12/3/21' });
  });

  it('reads the register a page at a time, with the total', () => {
    const at = engines.location(engine);
    const ctx = registryCtx(at.location, at.dataDir);
    const ids = ['2021-03-10', '2021-03-11', '2021-03-12', '2022-01-05'].map((d) => addIncoming(ctx, doc(d)).id);
    expect(listIncomingPage(ctx, { year: 2021 }, { limit: 2, offset: 1 })).toMatchObject({ total: 3, rows: [{ id: ids[1] }, { id: ids[2] }] });
    expect(listIncomingPage(ctx, {}, { limit: 10, offset: 0 }).rows.map((e) => e.id)).toEqual(ids);
    expect(listIncomingPage(ctx, { status: 'đã xử lý' }, { limit: 10, offset: 0 })).toEqual({ total: 0, rows: [] });
    ctx.store.close();
  });

  it('refuses renumbering and deleting an entry, even with plain SQL', () => {
    const { reg, location } = engines.fresh(engine);
    const e = reg.addIncoming(doc('2021-03-10'));
    reg.close();
    const plain = openStore(location);
    expect(() => plain.run(sql`UPDATE in_entries SET serial = 5 WHERE id = ${e.id}`)).toThrow('Không được sửa số đến đã ghi.');
    expect(() => plain.run(sql`DELETE FROM in_entries WHERE id = ${e.id}`)).toThrow('Không được xóa văn bản đến khỏi sổ.');
    expect(plain.first(sql<{ serial: number }>`SELECT serial FROM in_entries WHERE id = ${e.id}`)?.serial).toBe(1);
    plain.close();
  });

  it('search follows an update (folded, đ/Đ, symbols) and filters overdue', () => {
    const { reg } = engines.fresh(engine);
    const e = reg.addIncoming(doc('2021-03-10', { sender: 'Đảng ủy Khối các cơ quan tỉnh', senderNumber: '116-GM/ĐUK', summary: 'Giấy mời dự hội nghị', deadline: '2021-03-12' }));
    reg.addIncoming(doc('2024-05-02', { sender: 'Huyện ủy Lý Nhân', senderNumber: '12-BC/HU', summary: 'Báo cáo sơ kết công tác xây dựng Đảng', status: 'đã xử lý' }));
    const numbers = (text: string, extra = {}) => reg.search({ text, ...extra }).map((h) => h.number);
    expect(numbers('dang uy khoi')).toEqual(['116-GM/ĐUK']);
    expect(numbers('116-gm/duk')).toEqual(['116-GM/ĐUK']);
    expect(numbers('Đ').sort()).toEqual(['116-GM/ĐUK', '12-BC/HU']);
    expect(numbers('', { overdue: true })).toEqual(['116-GM/ĐUK']);
    expect(numbers('', { typeCode: 'bc' })).toEqual(['12-BC/HU']);
    reg.updateIncoming(e.id, { routedTo: 'Ban Dân vận' });
    expect(numbers('dan van')).toEqual(['116-GM/ĐUK']);
    expect(numbers('giay moi', { status: 'đã xử lý' })).toEqual([]);
  });
});

describe.each(ENGINES)('vanthu registry in … and search on %s', (engine) => {
  const cli = registryCli();
  // The PostgreSQL registry's data folder (audit key) goes under XDG_DATA_HOME: a temporary one here.
  const xdg = process.env.XDG_DATA_HOME;
  beforeAll(() => { process.env.XDG_DATA_HOME = tmpDir(); });
  afterAll(() => {
    if (xdg === undefined) delete process.env.XDG_DATA_HOME;
    else process.env.XDG_DATA_HOME = xdg;
  });

  it('adds, lists, changes the status of and finds an incoming document', async () => {
    const { location } = engines.location(engine);
    const file = path.join(tmpDir(), 'van-ban-den.json');
    fs.writeFileSync(file, JSON.stringify(doc('2021-03-10', { sender: 'Đảng ủy Khối các cơ quan tỉnh', senderNumber: '116-GM/ĐUK', summary: 'Giấy mời dự hội nghị' })));
    expect(await cli.run('init', '--db', location)).toBe(0);
    expect(await cli.run('in', 'add', file, '--db', location)).toBe(0);
    expect(cli.out).toEqual(['Đã vào sổ: số đến 1 (2021), 0 tệp đính kèm.']);
    expect(await cli.run('in', 'add', file, '--db', location)).toBe(0);
    expect(await cli.run('in', 'status', '2', 'đã xử lý', '--db', location, '--reason', 'Đã dự')).toBe(0);
    expect(cli.out).toEqual(['Văn bản đến số 2/2021: đã xử lý.']);
    expect(await cli.run('in', 'list', '--db', location)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/^\[1\] Số đến 1\/2021 {2}2021-03-10 {2}Đảng ủy Khối các cơ quan tỉnh 116-GM\/ĐUK: Giấy mời dự hội nghị \(chưa xử lý\)\n\[2\] Số đến 2\/2021/);
    expect(await cli.run('search', 'dang uy khoi', '--db', location, '--status', 'đã xử lý', '--json')).toBe(0);
    expect(JSON.parse(cli.out.join('\n')).map((h: { id: number }) => h.id)).toEqual([2]);
  });
});

describe('incoming register on PostgreSQL, concurrent clerks', () => {
  it('gives 4 processes × 100 registrations the số đến 1..400 of one book, no gap, no duplicate', async () => {
    const { location: url, dataDir } = engines.location('postgres');
    // The registry is created (schema, audit key) once, before the clerks start.
    engines.open(url, dataDir).close();
    const results = await runClerks(url, dataDir, 4, 100);
    const all = results.flat();
    expect(all).toHaveLength(400);
    expect([...all].sort((x, y) => x - y)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    for (const r of results) expect(r).toEqual([...r].sort((x, y) => x - y));
    expect(results.some((r) => r[99] - r[0] > 99)).toBe(true);
    const check = engines.open(url, dataDir);
    expect(check.listIncoming()).toHaveLength(400);
    expect(check.auditLog({ entity: 'in_entry', limit: 1000 }).filter((e) => e.action === 'in.add')).toHaveLength(400);
    expect(check.auditVerify()).toMatchObject({ ok: true });
  }, 300_000);
});
