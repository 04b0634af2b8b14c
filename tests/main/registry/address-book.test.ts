/** The Nơi nhận address book of the registry (migration 5): filling, groups, per-type defaults, on both engines. */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RegistryService } from '../../../main/registry/index';
import { LATEST_VERSION } from '../../../main/registry/schema/migrations';
import { seedOf, withRecipientItems } from '../../../main/services/address-book';
import { createDraft } from '../../../common/draft/create';
import { organisationSchema } from '../../../common/org/organisation';
import { findTemplate } from '../../../main/templates/index';
import { ENGINES, useRegistryEngines } from './engines';
import { withTermBook } from './helpers';

const org = organisationSchema.parse(JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8')));
const engines = useRegistryEngines();
let reg: RegistryService;
let bookId: number;
type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
const recipientsOf = (n: unknown): Record<string, unknown> | undefined => {
  const node = n as Node;
  return node.type === 'recipients' ? node.attrs : node.content?.map(recipientsOf).find(Boolean);
};
const texts = (r: RegistryService) => r.desk.recipients.book({ lines: [], groups: [] }).entries.map((e) => e.text);

// SQLite only: reads the file's own catalogue and user_version (the PostgreSQL tables: desk-schema-engines.test.ts).
describe('Nơi nhận address book (SQLite file)', () => {
  let dir: string;
  afterEach(() => { reg?.close(); fs.rmSync(dir, { recursive: true, force: true }); });
  it('is a table set of its own migration', () => {
    ({ reg, dir } = withTermBook());
    reg.close();
    const db = new Database(path.join(dir, 'vanthu.db'), { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'recipient_%'").all() as { name: string }[]).map((t) => t.name);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    expect(tables.sort()).toEqual(['recipient_counted', 'recipient_defaults', 'recipient_entries', 'recipient_group_members', 'recipient_groups', 'recipient_sync']);
  });
});

describe.each(ENGINES)('Nơi nhận address book on %s', (engine) => {
  const open = () => ({ reg, bookId } = engines.withTermBook(engine));

  it('takes the lines and the superiors group of the organisation profile once; a removed line stays removed', () => {
    open();
    const book = reg.desk.recipients.book(seedOf(org));
    expect(book.entries.map((e) => e.text)).toEqual(expect.arrayContaining(['Ban Bí thư Trung ương Đảng', 'Các ban xây dựng Đảng của Tỉnh ủy']));
    expect(book.entries.every((e) => e.source === 'org')).toBe(true);
    expect(book.groups).toEqual([expect.objectContaining({ name: 'Cấp trên', purpose: 'để báo cáo' })]);
    expect(book.groups[0].members.map((m) => m.text)).toEqual(org.superiors);
    const gone = book.entries.find((e) => e.text === 'Các ban xây dựng Đảng của Tỉnh ủy')!;
    reg.desk.recipients.removeEntry(gone.id);
    expect(reg.desk.recipients.book(seedOf(org)).entries.map((e) => e.text)).not.toContain(gone.text);
    const changed = { ...org, recipients: [...org.recipients, { lines: ['Các huyện ủy, thành ủy'], purpose: '' }] };
    expect(reg.desk.recipients.book(seedOf(changed)).entries.map((e) => e.text)).toContain('Các huyện ủy, thành ủy');
  });

  it('counts the recipients of issued documents once each, without "- " and the end mark, reservations when issued', () => {
    open();
    reg.registerNumber(bookId, { typeCode: 'KL', date: '2021-03-06', recipients: ['- Các huyện ủy,', '- Đảng ủy Khối cơ quan tỉnh,'] });
    reg.registerNumber(bookId, { typeCode: 'NQ', date: '2021-03-07', recipients: ['- Các huyện ủy,'] });
    const held = reg.reserveNumber(bookId, { typeCode: 'TB', date: '2021-03-08', recipients: ['- Báo Ninh Bình,'] });
    let book = reg.desk.recipients.book({ lines: [], groups: [] });
    expect(book.entries.map((e) => [e.text, e.uses, e.source])).toEqual([
      ['Các huyện ủy', 2, 'register'], ['Đảng ủy Khối cơ quan tỉnh', 1, 'register'],
    ]);
    reg.issueReserved(held.id);
    book = reg.desk.recipients.book({ lines: [], groups: [] });
    expect(book.entries.find((e) => e.text === 'Các huyện ủy')!.uses).toBe(2);
    expect(book.entries.find((e) => e.text === 'Báo Ninh Bình')!.uses).toBe(1);
  });

  it('adds, renames and removes lines; refuses an empty line and a rename onto another line', () => {
    open();
    const a = reg.desk.recipients.saveEntry({ text: '  - Sở Nội vụ;' });
    expect(a.text).toBe('Sở Nội vụ');
    expect(reg.desk.recipients.saveEntry({ text: 'Sở Nội vụ' }).id).toBe(a.id);
    const b = reg.desk.recipients.saveEntry({ text: 'Sở Tài chính' });
    expect(() => reg.desk.recipients.saveEntry({ id: b.id, text: 'Sở Nội vụ' })).toThrow(/đã có dòng "Sở Nội vụ"/);
    expect(() => reg.desk.recipients.saveEntry({ text: ' - ,' })).toThrow(/từ 1 đến 300 ký tự/);
    expect(reg.desk.recipients.saveEntry({ id: b.id, text: 'Sở Tài chính tỉnh' }).text).toBe('Sở Tài chính tỉnh');
    expect(reg.desk.recipients.removeEntry(a.id)).toBe(true);
    expect(texts(reg)).toEqual(['Sở Tài chính tỉnh']);
  });

  it('keeps groups with their lines in order; a name is used once', () => {
    open();
    const g = reg.desk.recipients.saveGroup({ name: 'Các huyện', purpose: '', lines: ['Huyện ủy Hoa Lư', '- Huyện ủy Gia Viễn,', 'Huyện ủy Hoa Lư'] });
    expect(g.members.map((m) => m.text)).toEqual(['Huyện ủy Hoa Lư', 'Huyện ủy Gia Viễn']);
    expect(() => reg.desk.recipients.saveGroup({ name: 'Các huyện', purpose: '', lines: [] })).toThrow(/Đã có nhóm/);
    const renamed = reg.desk.recipients.saveGroup({ id: g.id, name: 'Huyện ủy', purpose: 'để thực hiện', lines: ['Huyện ủy Gia Viễn'] });
    expect(renamed).toMatchObject({ id: g.id, name: 'Huyện ủy', purpose: 'để thực hiện', members: [{ text: 'Huyện ủy Gia Viễn' }] });
    expect(texts(reg)).toContain('Huyện ủy Hoa Lư');
    expect(reg.desk.recipients.removeGroup(g.id)).toBe(true);
    expect(reg.desk.recipients.book({ lines: [], groups: [] }).groups).toEqual([]);
  });

  it('gives a new draft of a type its default Nơi nhận: groups bracketed with their purpose, single lines alone', () => {
    open();
    const g = reg.desk.recipients.saveGroup({ name: 'Cấp trên', purpose: 'để báo cáo', lines: ['Ban Bí thư Trung ương Đảng', 'Văn phòng Trung ương Đảng'] });
    const e = reg.desk.recipients.saveEntry({ text: 'Các đảng ủy trực thuộc Tỉnh ủy' });
    expect(reg.desk.recipients.defaultItems('ket-luan')).toBeNull();
    expect(reg.desk.recipients.setDefaults('ket-luan', [{ group: g.id }, { entry: e.id }])).toEqual([{ group: g.id }, { entry: e.id }]);
    const items = reg.desk.recipients.defaultItems('ket-luan')!;
    expect(items).toEqual([
      { lines: ['Ban Bí thư Trung ương Đảng', 'Văn phòng Trung ương Đảng'], purpose: 'để báo cáo' },
      { lines: ['Các đảng ủy trực thuộc Tỉnh ủy'], purpose: '' },
    ]);
    const draft = withRecipientItems(createDraft(findTemplate('ket-luan')!, org), items);
    expect(recipientsOf(draft.doc)).toEqual({ items, archive: 'Văn phòng Tỉnh ủy' });
    expect(reg.desk.recipients.defaultItems('nghi-quyet')).toBeNull();
    reg.desk.recipients.removeEntry(e.id);
    expect(reg.desk.recipients.book({ lines: [], groups: [] }).defaults['ket-luan']).toEqual([{ group: g.id }]);
    reg.desk.recipients.setDefaults('ket-luan', []);
    expect(reg.desk.recipients.defaultItems('ket-luan')).toBeNull();
  });

  it('refuses defaults for an unknown type or a line no longer in the book', () => {
    open();
    expect(() => reg.desk.recipients.setDefaults('thu-tinh', [])).toThrow(/Không có loại văn bản/);
    expect(() => reg.desk.recipients.setDefaults('ket-luan', [{ entry: 999 }])).toThrow(/không còn trong sổ/);
  });
});
