/**
 * The office flow's operations through the contract's dispatcher on a real data folder: payloads
 * refused before any handler (step, window id, comment length), Trình duyệt refused while the
 * format check finds errors, the queues of the single seat, the edit lease of two windows, and an
 * autosave from a stale revision answered with the conflict and its kept copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptSamples } from '../../../common/draft/fill';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../main/services';
import { defaultOrganisation } from '../../../main/templates/index';

let ctx: ServiceContext;
const run = (name: string, input: unknown) => dispatch(HANDLERS, ctx, name, input);
const call = async (name: string, input: unknown) => {
  const r = await run(name, input);
  if (!r.ok) throw new Error(r.error.message);
  // biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
  return r.value as any;
};
const A = 'cua-so-thu-nhat';
const B = 'cua-so-thu-hai';

beforeAll(async () => {
  ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-flow-ops-')), 'web');
  await call('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
});
afterAll(() => {
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

describe('office flow operations', () => {
  it('refuses bad payloads before any handler runs', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    const bad = [
      ['drafts.flowStep', { id: rec.id, step: 'number' }],
      ['drafts.flowStep', { id: rec.id, step: 'return', comment: 'x'.repeat(2001) }],
      ['drafts.editStart', { id: rec.id, client: '../x' }],
      ['drafts.queue', { queue: 'all' }],
      ['drafts.autosave', { id: rec.id, draft: rec.draft, revision: -1, client: A }],
    ] as const;
    for (const [name, input] of bad) {
      const r = await run(name, input);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    expect((await call('drafts.flow', { id: rec.id })).history).toEqual([]);
  });

  it('the single seat sees every queue; Trình duyệt waits for the format check, then the draft moves along', async () => {
    const actor = await call('drafts.flowActor', {});
    expect(actor).toMatchObject({ singleSeat: true, queues: ['pending', 'returned', 'approved'] });
    expect(actor.user).not.toBe('');
    const rec = await call('drafts.create', { templateId: 'nghi-quyet' });
    const blocked = await run('drafts.flowStep', { id: rec.id, step: 'submit' });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.message).toMatch(/^Chưa thể Trình duyệt: văn bản còn \d+ lỗi thể thức/);
    await call('drafts.autosave', { id: rec.id, draft: acceptSamples(rec.draft) });
    expect((await call('drafts.flowStep', { id: rec.id, step: 'submit' })).label).toBe('Chờ duyệt');
    expect((await call('drafts.queue', { queue: 'pending' })).map((q: { id: string }) => q.id)).toContain(rec.id);
    const back = await run('drafts.flowStep', { id: rec.id, step: 'return', comment: ' ' });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error.message).toMatch(/^Trả lại: hãy ghi ý kiến/);
    await call('drafts.flowStep', { id: rec.id, step: 'return', comment: 'Sửa trích yếu.' });
    const returned = await call('drafts.queue', { queue: 'returned' });
    expect(returned.find((q: { id: string }) => q.id === rec.id).last).toMatchObject({ action: 'return', comment: 'Sửa trích yếu.', user: actor.user });
    expect((await call('drafts.meta', { id: rec.id })).status).toBe('draft');
  });

  it('two windows: one holds the lease, the other is told who; a stale autosave is kept as a copy', async () => {
    const rec = await call('drafts.create', { templateId: 'ket-luan' });
    const a = await call('drafts.editStart', { id: rec.id, client: A });
    expect(a.lease.held).toBe(true);
    const b = await call('drafts.editStart', { id: rec.id, client: B });
    expect(b.lease).toMatchObject({ held: false, sameUser: true });
    expect(b.lease.message).toMatch(/^Bản thảo đang do .+ sửa ở một cửa sổ khác \(đến \d\d:\d\d\)\.$/);
    const taken = await call('drafts.editStart', { id: rec.id, client: B, takeOver: true });
    expect(taken.lease.held).toBe(true);
    const edited = structuredClone(rec.draft);
    edited.doc.content[1].attrs.summary = 'về bản của cửa sổ thứ hai';
    const saved = await call('drafts.autosave', { id: rec.id, draft: edited, revision: taken.flow.revision, client: B });
    expect(saved.conflict).toBeUndefined();
    edited.doc.content[1].attrs.summary = 'về bản của cửa sổ thứ nhất';
    const lost = await call('drafts.autosave', { id: rec.id, draft: edited, revision: a.flow.revision, client: A });
    expect(lost.conflict.message).toMatch(/^Bản thảo đã được lưu bởi .+ lúc \d\d:\d\d; bản của bạn được giữ thành bản sao "/);
    expect((await call('drafts.get', { id: rec.id })).title).toContain('cửa sổ thứ hai');
    expect((await call('drafts.get', { id: lost.conflict.copyId })).title).toContain('cửa sổ thứ nhất');
    expect(await call('drafts.editEnd', { id: rec.id, client: B })).toEqual({ released: true });
    expect((await call('drafts.editStart', { id: rec.id, client: A })).lease.held).toBe(true);
  });
});
