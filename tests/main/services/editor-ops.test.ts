/**
 * The editor's operations through the contract's dispatcher on a real data folder and database:
 * autosave with versions and restore, duplicate, recycle bin, Trình ký, the "DỰ THẢO" draft DOCX,
 * and issue (number and date written into the draft, DOCX in the exports, register row, lock).
 * Drafts are rows of the registry database (nothing is written under `<data>/drafts`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptSamples } from '../../../common/draft/fill';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../main/services';
import { defaultOrganisation } from '../../../main/templates/index';

let ctx: ServiceContext;
const call = async (name: string, input: unknown) => {
  const r = await dispatch(HANDLERS, ctx, name, input);
  if (!r.ok) throw new Error(r.error.message);
  // biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
  return r.value as any;
};
const docText = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']);

beforeAll(async () => {
  ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-editor-ops-')), 'web');
  await call('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
});
afterAll(() => {
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

describe('editor operations', () => {
  it('autosaves, keeps versions and restores one', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    const edited = structuredClone(rec.draft);
    edited.doc.content[1].attrs.summary = 'về bản sửa thứ nhất';
    const first = await call('drafts.autosave', { id: rec.id, draft: edited });
    expect(first.version).not.toBeNull();
    expect(first.title).toContain('về bản sửa thứ nhất');
    edited.doc.content[1].attrs.summary = 'về bản sửa thứ hai';
    expect((await call('drafts.autosave', { id: rec.id, draft: edited })).version).toBeNull();
    await call('drafts.autosave', { id: rec.id, draft: edited, checkpoint: true });
    const versions = await call('drafts.versions', { id: rec.id });
    expect(versions.length).toBe(2);
    expect(versions[0].version).toMatch(/^[0-9a-z-]{1,40}$/);
    const restored = await call('drafts.restore', { id: rec.id, version: versions[1].version });
    expect(restored.draft.doc.content[1].attrs.summary).toBe('về bản sửa thứ nhất');
    expect((await call('drafts.get', { id: rec.id })).draft.doc.content[1].attrs.summary).toBe('về bản sửa thứ nhất');
    expect((await call('drafts.versions', { id: rec.id })).length).toBe(3);
    expect(fs.existsSync(path.join(ctx.dataDir, 'drafts'))).toBe(false);
    expect(fs.existsSync(path.join(ctx.dataDir, 'drafts-versions'))).toBe(false);
  });

  it('locks a submitted draft (autosave, restore, save) until "Rút lại để sửa"', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    // biome-ignore lint/suspicious/noExplicitAny: blanks filled: the gate of Trình ký
    const edited = acceptSamples(structuredClone(rec.draft)) as any;
    edited.doc.content[1].attrs.summary = 'về bản trình ký';
    const { version } = await call('drafts.autosave', { id: rec.id, draft: edited, checkpoint: true });
    expect((await call('drafts.submit', { id: rec.id })).status).toBe('submitted');
    const locked = /Dự thảo đã trình ký nên đang khóa; bấm "Rút lại để sửa" nếu cần sửa tiếp\./;
    const changed = structuredClone(edited);
    changed.doc.content[1].attrs.summary = 'về bản sửa lén';
    await expect(call('drafts.autosave', { id: rec.id, draft: changed })).rejects.toThrow(locked);
    await expect(call('drafts.restore', { id: rec.id, version })).rejects.toThrow(locked);
    expect((await call('drafts.autosave', { id: rec.id, draft: edited })).version).toBeNull();
    expect((await call('drafts.submit', { id: rec.id, submitted: false })).status).toBe('draft');
    expect((await call('drafts.autosave', { id: rec.id, draft: changed })).title).toContain('về bản sửa lén');
  });

  it('names a draft whose stored document is unreadable, and keeps listing the others', async () => {
    const rec = await call('drafts.create', { templateId: 'thong-bao' });
    const db = new Database(path.join(ctx.dataDir, 'vanthu.db'));
    db.prepare("UPDATE drafts SET doc = '{\"format\":' WHERE id = ?").run(rec.id);
    db.close();
    expect((await call('drafts.list', {})).map((d: { id: string }) => d.id)).toContain(rec.id);
    await expect(call('drafts.get', { id: rec.id })).rejects.toThrow(new RegExp(`^Dự thảo "${rec.title}" \\(mã ${rec.id}\\) bị hỏng`));
    expect((await call('drafts.trash', { id: rec.id })).trashed).toBe(true);
  });

  it('refuses to autosave a broken document', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    const broken = structuredClone(rec.draft);
    broken.doc.content.splice(0, 1);
    await expect(call('drafts.autosave', { id: rec.id, draft: broken })).rejects.toThrow(/Cấu trúc văn bản/);
  });

  it('duplicates, moves to the recycle bin and back', async () => {
    const rec = await call('drafts.create', { templateId: 'thong-bao' });
    const copy = await call('drafts.duplicate', { id: rec.id });
    expect(copy.title).toMatch(/\(bản sao\)$/);
    expect((await call('drafts.trash', { id: copy.id })).trashed).toBe(true);
    expect((await call('drafts.list', {})).map((d: { id: string }) => d.id)).not.toContain(copy.id);
    expect((await call('drafts.trashList', {})).map((d: { id: string }) => d.id)).toContain(copy.id);
    expect((await call('drafts.trashList', {})).map((d: { id: string }) => d.id)).not.toContain(rec.id);
    await call('drafts.untrash', { id: copy.id });
    expect((await call('drafts.list', {})).map((d: { id: string }) => d.id)).toContain(copy.id);
  });

  it('exports a draft DOCX with the DỰ THẢO mark and no number', async () => {
    const rec = await call('drafts.create', { templateId: 'nghi-quyet' });
    const f = await call('drafts.exportDraft', { id: rec.id });
    expect(f.name).toMatch(/^du-thao-nghi-quyet/);
    const xml = await docText(f.file);
    expect(xml).toContain('DỰ THẢO');
    expect(xml).not.toContain('01-NQ/TU');
  });

  it('Trình ký, then issue: number and date in the draft, DOCX stored, register row, locked', async () => {
    const rec = await call('drafts.create', { templateId: 'nghi-quyet' });
    await call('drafts.autosave', { id: rec.id, draft: acceptSamples(rec.draft) }); // the gate of Trình ký and Cấp số refuses template blanks
    expect((await call('drafts.submit', { id: rec.id })).status).toBe('submitted');
    const r = await call('drafts.issue', { id: rec.id, date: '2026-03-06', pdf: false });
    expect(r.row.number).toBe('01-NQ/TU');
    expect(r.record.draft.doc.content[0].attrs).toMatchObject({ serial: 1, date: '2026-03-06', draftMark: '' });
    const xml = await docText(r.docx.file);
    expect(xml).toContain('Số 01-NQ/TU');
    expect(xml).toContain('Ninh Bình, ngày 06 tháng 3 năm 2026');
    expect(xml).not.toContain('DỰ THẢO');
    expect(await call('drafts.meta', { id: rec.id })).toMatchObject({ status: 'issued', registeredAs: '01-NQ/TU', files: [{ name: r.docx.name }] });
    expect(await call('drafts.get', { id: rec.id })).toEqual(r.record);
    const rows = await call('registry.listOutgoing', {});
    expect(rows.rows.find((x: { number: string }) => x.number === '01-NQ/TU')).toMatchObject({ date: '2026-03-06', status: 'issued' });
    await expect(call('drafts.autosave', { id: rec.id, draft: rec.draft })).rejects.toThrow(/đã được cấp số 01-NQ\/TU/);
    await expect(call('drafts.issue', { id: rec.id })).rejects.toThrow(/khóa/);
    await expect(call('drafts.submit', { id: rec.id, submitted: false })).rejects.toThrow(/khóa/);
    expect((await call('registry.listOutgoing', {})).total).toBe(1);
  });

  it('a Văn phòng document (Công văn, VPTU) and a board document (Hướng dẫn, BTCTU) are numbered in their own books', async () => {
    const books = await call('registry.deskBooks', {});
    expect(books.map((b: { issuerCode: string }) => b.issuerCode)).toEqual(expect.arrayContaining(['BTCTU', 'TU', 'VPTU']));
    const cv = await call('drafts.create', { templateId: 'cong-van' });
    await call('drafts.autosave', { id: cv.id, draft: acceptSamples(cv.draft) });
    await call('drafts.submit', { id: cv.id });
    expect((await call('drafts.issue', { id: cv.id, date: '2026-03-08', pdf: false })).row.number).toBe('01-CV/VPTU');
    const hd = await call('drafts.create', { templateId: 'huong-dan' });
    await call('drafts.autosave', { id: hd.id, draft: acceptSamples(hd.draft) });
    await call('drafts.submit', { id: hd.id });
    expect((await call('drafts.issue', { id: hd.id, date: '2026-03-08', pdf: false })).row.number).toBe('01-HD/BTCTU');
  });

  it('drafts.issue numbers and locks the draft in the same step', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    await call('drafts.autosave', { id: rec.id, draft: acceptSamples(rec.draft) }); // the gate of Cấp số refuses template blanks
    await call('drafts.submit', { id: rec.id });
    const { row } = await call('drafts.issue', { id: rec.id, date: '2026-03-07', pdf: false });
    expect(await call('drafts.meta', { id: rec.id })).toMatchObject({ status: 'issued', registeredAs: row.number });
    expect((await call('drafts.get', { id: rec.id })).draft.doc.content[0].attrs).toMatchObject({ date: '2026-03-07' });
    await expect(call('drafts.issue', { id: rec.id, pdf: false })).rejects.toThrow(/khóa|đã được cấp số/);
  });
});
