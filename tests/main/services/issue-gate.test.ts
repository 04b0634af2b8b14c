/**
 * The issue gate behind the window's buttons: "Trình ký" (drafts.submit) and "Cấp số"
 * (drafts.issue, registry.registerDraft) refuse a draft that still holds template blanks or sample
 * prose, with the reasons in Vietnamese and no number used; once filled, both go through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

beforeAll(async () => {
  ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-issue-gate-')), 'web');
  await call('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
});
afterAll(() => {
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

describe('Trình ký and Cấp số refuse template blanks', () => {
  it('refuses both for a draft fresh from its template, then lets the filled draft through with number 01', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    await expect(call('drafts.submit', { id: rec.id, submitted: true })).rejects.toThrow(/^Chưa thể Trình ký: văn bản còn \d+ lỗi thể thức\. Còn chỗ trống của mẫu chưa điền: "hội nghị ngày \.\.\. tháng \.\.\. năm 2026/);
    expect((await call('drafts.meta', { id: rec.id })).status).toBe('draft');
    await expect(call('drafts.issue', { id: rec.id, date: '2026-10-05', pdf: false })).rejects.toThrow(/^Chưa thể Cấp số: .*Còn câu văn mẫu chưa thay/);
    expect((await call('registry.listOutgoing', {})).total).toBe(0);

    await call('drafts.autosave', { id: rec.id, draft: acceptSamples(rec.draft) });
    expect((await call('drafts.submit', { id: rec.id, submitted: true })).status).toBe('submitted');
    const issued = await call('drafts.issue', { id: rec.id, date: '2026-10-05', pdf: false });
    expect(issued.row.number).toBe('01-KL/TU');
  });

  it('lets a submitted draft be withdrawn whatever its content', async () => {
    const rec = await call('drafts.create', { templateId: 'thong-bao' });
    expect((await call('drafts.submit', { id: rec.id, submitted: false })).status).toBe('draft');
  });
});
