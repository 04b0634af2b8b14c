/**
 * Who sees which draft through the contract's handlers, as the office server calls them: each request
 * carries the signed-in person (`ctx.office.actor`), and the registry work runs for them with their
 * roles (main/services/registry.ts). A chuyên viên lists and opens only their own and shared drafts;
 * another's draft is refused with 'forbidden' in Vietnamese; sharing it (drafts.share) opens it to them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleCode } from '../../../../common/rules/roles';
import type { Actor } from '../../../../main/accounts/actor';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../../main/services';
import { defaultOrganisation } from '../../../../main/templates/index';

let base: ServiceContext;
const person = (userName: string, roles: RoleCode[]): ServiceContext => {
  const actor: Actor = { accountId: userName, userName, displayName: userName, roles, mustChangePassword: false };
  return { ...base, office: { actor, accounts: {} as never } };
};
const run = (ctx: ServiceContext, name: string, input: unknown) => dispatch(HANDLERS, ctx, name, input);
const call = async (ctx: ServiceContext, name: string, input: unknown) => {
  const r = await run(ctx, name, input);
  if (!r.ok) throw new Error(r.error.message);
  // biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
  return r.value as any;
};

beforeAll(async () => {
  base = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-draft-owners-')), 'web');
  await call(base, 'settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
});
afterAll(() => {
  closeRegistry(base);
  fs.rmSync(base.dataDir, { recursive: true, force: true });
});

describe('drafts by owner through the handlers', () => {
  it('a chuyên viên lists and opens own and shared drafts only; drafts.share opens one to the others', async () => {
    const a = person('nguyen.van.a', ['chuyen-vien']);
    const b = person('tran.thi.b', ['chuyen-vien']);
    const mine = await call(a, 'drafts.create', { templateId: 'ket-luan' });
    const theirs = await call(b, 'drafts.create', { templateId: 'thong-bao' });
    expect((await call(a, 'drafts.list', {})).map((d: { id: string }) => d.id)).toEqual([mine.id]);
    expect((await call(b, 'drafts.list', {})).map((d: { id: string }) => d.id)).toEqual([theirs.id]);
    const refused = await run(b, 'drafts.get', { id: mine.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('forbidden');
      expect(refused.error.message).toMatch(/^Dự thảo ".*" là của nguyen\.van\.a và chưa được chia sẻ; bạn không xem hoặc sửa được\./);
    }
    const save = await run(b, 'drafts.autosave', { id: mine.id, draft: mine.draft, checkpoint: false });
    expect(save.ok).toBe(false);
    expect((await run(b, 'drafts.share', { id: mine.id, shared: true })).ok).toBe(false); // only the owner shares
    expect(await call(a, 'drafts.share', { id: mine.id, shared: true })).toEqual({ id: mine.id, shared: true });
    expect((await call(b, 'drafts.list', {})).map((d: { id: string }) => d.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect((await call(b, 'drafts.get', { id: mine.id })).id).toBe(mine.id);
    // The single seat (no office person) sees every draft.
    expect((await call(base, 'drafts.list', {})).length).toBe(2);
  });
});
