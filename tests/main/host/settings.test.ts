/** The settings handlers: first run, saving, and a registry already set up by the CLI. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openRegistry } from '../../../main/registry/index';
import { HANDLERS, closeRegistry, createContext, dispatch, folders, type ServiceContext } from '../../../main/services';
import org from '../../../templates/organisation.default.json';

const contexts: ServiceContext[] = [];
function fresh(): ServiceContext {
  const ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-settings-')), 'web');
  contexts.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const c of contexts.splice(0)) {
    closeRegistry(c);
    fs.rmSync(c.dataDir, { recursive: true, force: true });
  }
});

it('is unconfigured on a fresh folder without creating the database', async () => {
  const ctx = fresh();
  expect(await dispatch(HANDLERS, ctx, 'settings.status', {})).toEqual({ ok: true, value: { configured: false, organisation: null, term: null } });
  expect(fs.existsSync(folders(ctx.dataDir).database)).toBe(false);
});

it('saves the profile, opens an outgoing book and its term for each issuing body in the registry', async () => {
  const ctx = fresh();
  const term = { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' };
  const r = await dispatch(HANDLERS, ctx, 'settings.saveOrganisation', { organisation: org, term });
  expect(r).toMatchObject({ ok: true, value: { configured: true, term } });
  const books = await dispatch(HANDLERS, ctx, 'registry.deskBooks', {});
  if (!books.ok) throw new Error(books.error.message);
  const codes = (books.value as { issuerCode: string }[]).map((b) => b.issuerCode);
  // The committee's own book first, then its Văn phòng's (derived for a cấp ủy) and its boards'.
  expect(codes[0]).toBe('TU');
  expect(codes).toContain('VPTU');
  expect(new Set(codes).size).toBe(codes.length);
  const reg = openRegistry(folders(ctx.dataDir).database, { autoBackup: false });
  try {
    for (const book of reg.listOutBooks()) expect(reg.listTerms(book.id).filter((t) => t.endDate === null), book.issuerCode).toHaveLength(1);
  } finally {
    reg.close();
  }
});

it('takes the profile from a registry set up by the CLI', async () => {
  const ctx = fresh();
  const reg = openRegistry(folders(ctx.dataDir).database, { autoBackup: false });
  reg.saveOrganisation(org as never);
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Sổ đi' });
  reg.openTerm(book.id, 'Nhiệm kỳ 2020 – 2025', '2020-10-15');
  reg.close();
  const r = await dispatch(HANDLERS, ctx, 'settings.status', {});
  expect(r).toMatchObject({ ok: true, value: { configured: true, organisation: { symbol: 'TU' }, term: { name: 'Nhiệm kỳ 2020 – 2025', start: '2020-10-15' } } });
});

async function configured(): Promise<ServiceContext> {
  const ctx = fresh();
  await dispatch(HANDLERS, ctx, 'settings.saveOrganisation', { organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
  return ctx;
}

it('saves the layout choice for new drafts; existing drafts keep the copy they were made with', async () => {
  const ctx = await configured();
  const before = await dispatch(HANDLERS, ctx, 'drafts.create', { templateId: 'ket-luan' });
  const override = { styles: { body: { firstLineMm: 10 } }, wording: { closingMark: '.' } };
  const saved = await dispatch(HANDLERS, ctx, 'settings.saveLayout', { profile: 'hd36-2018', override });
  expect(saved).toMatchObject({ ok: true, value: { organisation: { layout: { profile: 'hd36-2018', override } } } });
  const after = await dispatch(HANDLERS, ctx, 'drafts.create', { templateId: 'ket-luan' });
  expect(after).toMatchObject({ ok: true, value: { draft: { layout: { profile: 'hd36-2018', override } } } });
  const old = await dispatch(HANDLERS, ctx, 'drafts.get', { id: (before as { value: { id: string } }).value.id });
  expect(old).toMatchObject({ ok: true, value: { draft: { layout: { profile: null, override: {} } } } });
});

it('refuses a layout override outside the settings or their bounds, naming the field in Vietnamese', async () => {
  const ctx = await configured();
  const cases: [unknown, RegExp][] = [
    [{ profile: 'hd99', override: {} }, /Hướng dẫn thể thức/],
    [{ profile: null, override: { styles: { body: { firstLineMm: 400 } } } }, /Thụt đầu dòng \(mm\): phải là số từ 0 đến 30/],
    [{ profile: null, override: { styles: { body: { firstLineMm: '12,7' } } } }, /Thụt đầu dòng \(mm\)/],
    [{ profile: null, override: { wording: { closingMark: '<script>' } } }, /Dấu kết thúc: chỉ được chọn/],
    [{ profile: null, override: { font: { family: 'Comic Sans' } } }, /không hợp lệ/],
  ];
  for (const [input, message] of cases) {
    const r = await dispatch(HANDLERS, ctx, 'settings.saveLayout', input as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((r as { error: { message: string } }).error.message).toMatch(message);
  }
  expect(await dispatch(HANDLERS, ctx, 'settings.status', {})).toMatchObject({ value: { organisation: { layout: { profile: null, override: {} } } } });
});

it('starts a new draft with the default Nơi nhận of its type from the address book', async () => {
  const ctx = await configured();
  const group = await dispatch(HANDLERS, ctx, 'registry.deskRecipientGroupSave', { groupName: 'Các huyện', purpose: 'để thực hiện', lines: ['Huyện ủy Hoa Lư', 'Huyện ủy Gia Viễn'] });
  const id = (group as { value: { id: number } }).value.id;
  const book = await dispatch(HANDLERS, ctx, 'registry.deskRecipientDefaults', { typeId: 'ket-luan', items: [{ group: id }] });
  expect(book).toMatchObject({ ok: true, value: { defaults: { 'ket-luan': [{ group: id }] } } });
  const kl = JSON.stringify(await dispatch(HANDLERS, ctx, 'drafts.create', { templateId: 'ket-luan' }));
  expect(kl).toContain('"items":[{"lines":["Huyện ủy Hoa Lư","Huyện ủy Gia Viễn"],"purpose":"để thực hiện"}]');
  const nq = JSON.stringify(await dispatch(HANDLERS, ctx, 'drafts.create', { templateId: 'nghi-quyet' }));
  expect(nq).toContain('Ban Bí thư Trung ương Đảng');
  expect(nq).not.toContain('Huyện ủy Hoa Lư');
});
