/**
 * Drafts in the registry database, on both engines (SQLite and a real PostgreSQL): create, list and
 * folded search, autosave with version retention, restore, recycle bin, the Trình ký and issue locks,
 * an unreadable row, and the issue written in the register row's transaction (a failure inside rolls
 * both back; a failure after leaves both).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { MAX_VERSIONS } from '../../../main/registry/drafts/versions';
import { ENGINES, useRegistryEngines } from './engines';
import { tmpDir } from './helpers';
import { rawSql } from './drafts/raw';
import { filledDraft } from '../../helpers/filled-draft';

const engines = useRegistryEngines();
let reg: RegistryService;
let location = '';
afterEach(() => {
  vi.useRealTimers();
});

const doc = (n: number) => ({ format: 'test', n });

/** A trigger making any change of a draft's status fail, and the statement removing it (per engine). */
const BOOM = {
  sqlite: ["CREATE TRIGGER boom BEFORE UPDATE OF status ON drafts BEGIN SELECT RAISE(ABORT, 'hỏng giữa chừng'); END", 'DROP TRIGGER boom'],
  postgres: [
    "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hỏng giữa chừng'; END $$",
    'CREATE TRIGGER boom BEFORE UPDATE OF status ON drafts FOR EACH ROW EXECUTE FUNCTION boom()',
    'DROP TRIGGER boom ON drafts',
  ],
};

describe.each(ENGINES)('drafts in the database (%s)', (engine) => {
  const freshRegistry = () => {
    const f = engines.fresh(engine);
    location = f.location;
    return f.reg;
  };
  const withTermBook = () => {
    const t = engines.withTermBook(engine);
    location = t.location;
    return t;
  };

  it('creates, lists newest first and searches the title without tone marks', () => {
    reg = freshRegistry();
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'Nghị quyết về công tác Đảng', doc: doc(1) });
    reg.drafts.create({ id: 'b', templateId: 'ket-luan', title: 'Kết luận về đào tạo', doc: doc(2) });
    reg.drafts.save('a', { title: 'Nghị quyết về công tác Đảng viên', doc: doc(3) }, 'none');
    expect(reg.drafts.list().map((d) => d.id)).toEqual(['a', 'b']);
    expect(reg.drafts.list({ query: 'dang vien' }).map((d) => d.id)).toEqual(['a']);
    expect(reg.drafts.list({ query: '  ĐÀO tạo ' }).map((d) => d.id)).toEqual(['b']);
    expect(reg.drafts.list({ query: '%' })).toEqual([]);
    expect(reg.drafts.list({ limit: 1 })).toHaveLength(1);
    expect(reg.drafts.get('a')).toMatchObject({ templateId: 'nghi-quyet', status: 'draft', registeredAs: null, doc: doc(3) });
    expect(() => reg.drafts.save('zz', { title: 'x', doc: doc(0) }, 'auto')).toThrow(/Không tìm thấy dự thảo/);
  });

  it('keeps an automatic version at most every 2 minutes, a checkpoint always, 60 at most', () => {
    reg = freshRegistry();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-06T08:00:00Z'));
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: doc(0) });
    expect(reg.drafts.save('a', { title: 'NQ', doc: doc(1) }, 'auto').version).not.toBeNull();
    vi.setSystemTime(new Date('2026-03-06T08:01:59Z'));
    expect(reg.drafts.save('a', { title: 'NQ', doc: doc(2) }, 'auto').version).toBeNull();
    vi.setSystemTime(new Date('2026-03-06T08:02:01Z'));
    expect(reg.drafts.save('a', { title: 'NQ', doc: doc(3) }, 'auto').version).not.toBeNull();
    for (let i = 4; i < 70; i++) expect(reg.drafts.save('a', { title: 'NQ', doc: doc(i) }, 'force').version).toMatch(/^[0-9a-z-]{1,40}$/);
    const versions = reg.drafts.versions('a');
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(new Set(versions.map((v) => v.version)).size).toBe(MAX_VERSIONS);
    expect([...versions].sort((x, y) => y.version.localeCompare(x.version))).toEqual(versions);
    expect(versions[0]).toMatchObject({ savedAt: '2026-03-06T08:02:01.000Z', size: JSON.stringify(doc(69)).length });
  });

  it('restores a version after keeping the current state as a version', () => {
    reg = freshRegistry();
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: doc(0) });
    const v1 = reg.drafts.save('a', { title: 'NQ một', doc: doc(1) }, 'force').version!;
    reg.drafts.save('a', { title: 'NQ hai', doc: doc(2) }, 'none');
    const restored = reg.drafts.restore('a', v1, (d) => ({ title: 'NQ khôi phục', doc: d }));
    expect(restored).toMatchObject({ title: 'NQ khôi phục', doc: doc(1) });
    const versions = reg.drafts.versions('a');
    expect(versions).toHaveLength(2);
    expect(versions[0].size).toBe(JSON.stringify(doc(2)).length);
    expect(() => reg.drafts.restore('a', 'khong-co', (d) => ({ title: 'x', doc: d }))).toThrow(/Không tìm thấy phiên bản/);
    expect(() => reg.drafts.restore('a', v1, () => { throw new Error('hỏng'); })).toThrow(/hỏng/);
    expect(reg.drafts.versions('a')).toHaveLength(2);
    expect(reg.drafts.get('a')!.doc).toEqual(doc(1));
  });

  it('moves drafts to the recycle bin and back, deletes live drafts with their versions', () => {
    reg = freshRegistry();
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: doc(0) });
    reg.drafts.save('a', { title: 'NQ', doc: doc(1) }, 'force');
    expect(reg.drafts.trash('a')).toBe(true);
    expect(reg.drafts.trash('a')).toBe(false);
    expect(reg.drafts.get('a')).toBeNull();
    expect(reg.drafts.list()).toEqual([]);
    expect(reg.drafts.list({ trashed: true }).map((d) => d.id)).toEqual(['a']);
    expect(reg.drafts.remove('a')).toBe(false);
    expect(reg.drafts.untrash('a')).toMatchObject({ id: 'a', trashedAt: null });
    expect(reg.drafts.untrash('a')).toBeNull();
    expect(reg.drafts.remove('a')).toBe(true);
    expect(reg.drafts.versions('a')).toEqual([]);
  });

  it('locks a submitted draft until it is withdrawn, and an issued one for good', async () => {
    const t = withTermBook(); reg = t.reg;
    const draft = filledDraft('nghi-quyet'); // the issue gate refuses template blanks
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: draft });
    expect(reg.drafts.setStatus('a', 'submitted').status).toBe('submitted');
    expect(() => reg.drafts.save('a', { title: 'NQ', doc: doc(1) }, 'auto')).toThrow('Dự thảo đã trình ký nên đang khóa; bấm "Rút lại để sửa" nếu cần sửa tiếp.');
    expect(reg.drafts.save('a', { title: 'NQ', doc: draft }, 'force').version).toBeNull();
    expect(() => reg.drafts.restore('a', 'x', (d) => ({ title: 'x', doc: d }))).toThrow(/đã trình ký/);
    reg.drafts.setStatus('a', 'draft');
    reg.drafts.save('a', { title: 'NQ', doc: draft }, 'none');
    await reg.registerDocument(JSON.stringify(draft), { date: '2026-03-06', draftId: 'a' });
    expect(() => reg.drafts.save('a', { title: 'NQ', doc: draft }, 'auto')).toThrow(/đã được cấp số 01-NQ\/TU và khóa/);
    expect(() => reg.drafts.setStatus('a', 'draft')).toThrow(/khóa/);
    await expect(reg.registerDocument(JSON.stringify(draft), { draftId: 'a' })).rejects.toThrow(/khóa/);
    expect(reg.listOutgoing()).toHaveLength(1);
    const db = rawSql(location);
    expect(() => db.exec("UPDATE drafts SET doc = '{}' WHERE id = 'a'")).toThrow(/khóa/);
    db.close();
  });

  it('names the draft whose stored document cannot be read, and still lists the others', () => {
    reg = freshRegistry();
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'Nghị quyết hỏng', doc: doc(0) });
    reg.drafts.create({ id: 'b', templateId: 'ket-luan', title: 'Kết luận', doc: doc(0) });
    const db = rawSql(location);
    db.exec("UPDATE drafts SET doc = '{\"format\": \"vanthu-dr' WHERE id = 'a'");
    db.close();
    expect(reg.drafts.list().map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(() => reg.drafts.get('a')).toThrow(/^Dự thảo "Nghị quyết hỏng" \(mã a\) bị hỏng: nội dung đã lưu không đọc được/);
    expect(reg.drafts.get('b')!.doc).toEqual(doc(0));
  });

  describe('issue in the register row transaction', () => {
    const setUp = () => {
      const t = withTermBook(); reg = t.reg;
      const draft = filledDraft('nghi-quyet'); // the issue gate refuses template blanks
      reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: draft });
      return { ...t, draft, dir: tmpDir() };
    };

    it('writes number, date, status and register row together', async () => {
      const { draft } = setUp();
      const e = await reg.registerDocument(JSON.stringify(draft), { date: '2026-03-06', draftId: 'a' });
      const d = reg.drafts.get('a')!;
      expect(d).toMatchObject({ status: 'issued', registeredAs: '01-NQ/TU', outgoingId: e.id });
      expect((d.doc as { doc: { content: { attrs: unknown }[] } }).doc.content[0].attrs).toMatchObject({ serial: 1, date: '2026-03-06' });
    });

    it('rolls the register row back when the draft cannot be locked in the same transaction', async () => {
      const { draft } = setUp();
      const db = rawSql(location);
      const boom = BOOM[engine];
      for (const ddl of boom.slice(0, -1)) db.exec(ddl);
      await expect(reg.registerDocument(JSON.stringify(draft), { date: '2026-03-06', draftId: 'a' })).rejects.toThrow(/hỏng giữa chừng/);
      expect(reg.listOutgoing()).toEqual([]);
      expect(reg.drafts.row('a')).toMatchObject({ status: 'draft', registeredAs: null });
      const stored = path.join(reg.dataDir, 'di');
      expect(fs.existsSync(stored) ? fs.readdirSync(stored, { recursive: true }).filter((f) => String(f).endsWith('.docx')) : []).toEqual([]);
      db.exec(boom.at(-1)!);
      db.close();
      expect((await reg.registerDocument(JSON.stringify(draft), { date: '2026-03-06', draftId: 'a' })).number).toBe('01-NQ/TU');
    });

    it('leaves the draft issued when writing the DOCX copy fails after registration', async () => {
      const { draft, dir } = setUp();
      fs.writeFileSync(path.join(dir, 'not-a-folder'), '');
      const outPath = path.join(dir, 'not-a-folder', 'nq.docx');
      await expect(reg.registerDocument(JSON.stringify(draft), { date: '2026-03-06', outPath, draftId: 'a' })).rejects.toThrow();
      const [row] = reg.listOutgoing();
      expect(row).toMatchObject({ number: '01-NQ/TU', status: 'issued' });
      expect(reg.drafts.row('a')).toMatchObject({ status: 'issued', registeredAs: '01-NQ/TU', outgoingId: row.id });
    });
  });
});
