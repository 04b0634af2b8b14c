/**
 * The desk's operations through the dispatcher: validation, uploads-only attachments with their names, the clock.
 * SQLite only: the dispatcher's context opens the single seat's own registry file in its data folder
 * (createContext); the desk methods it calls are tested on both engines in desk.test.ts and desk-engines.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLERS, closeRegistry, createContext, dispatch, folders, type ServiceContext } from '../../../main/services/index';

let ctx: ServiceContext;
const call = (name: string, payload: unknown) => dispatch(HANDLERS, ctx, name, payload);

beforeAll(() => {
  ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-svc-')), 'web');
  fs.mkdirSync(folders(ctx.dataDir).uploads, { recursive: true });
  process.env.VANTHU_TODAY = '2026-03-10';
});
afterAll(() => {
  delete process.env.VANTHU_TODAY;
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

const doc = { receivedDate: '2026-03-10', sender: 'Văn phòng Trung ương Đảng', senderNumber: '88-CV/VPTW', summary: 'Về việc chuyển đổi số' };

describe('desk services', () => {
  it('reads today from VANTHU_TODAY (the test clock)', async () => {
    expect(await call('registry.deskToday', {})).toEqual({ ok: true, value: { today: '2026-03-10' } });
  });

  it('registers with an upload, keeping its original name, and routes with a deadline', async () => {
    const up = path.join(folders(ctx.dataDir).uploads, '123-abc.pdf');
    fs.writeFileSync(up, '%PDF-1.4\n%%EOF\n');
    const r = await call('registry.deskRegisterIncoming', { ...doc, attachments: [up], attachmentNames: ['Công văn 88.pdf'], unit: 'Ban Tổ chức', deadline: '2026-03-12' });
    expect(r.ok).toBe(true);
    const d = (r as { value: { row: { serial: number; routedTo: string; status: string }; attachments: { name: string }[]; stamp: string[] } }).value;
    expect(d.row).toMatchObject({ serial: 1, routedTo: 'Ban Tổ chức', status: 'đang xử lý' });
    expect(d.attachments.map((a) => a.name)).toEqual(['Công văn 88.pdf']);
    expect(d.stamp).toContain('Số: 1\u00a0\u00a0\u00a0Ngày: 10/3/26');
    const q = await call('registry.deskQueues', {});
    expect((q as { value: { dueSoon: unknown[] } }).value.dueSoon).toHaveLength(1);
    const senders = await call('registry.deskSenders', { query: 'vp trung' });
    expect((senders as { value: { name: string }[] }).value.map((s) => s.name)).toEqual(['Văn phòng Trung ương Đảng']);
  });

  it('refuses an attachment outside the uploads folder', async () => {
    const outside = path.join(folders(ctx.dataDir).exports, 'x.pdf');
    fs.mkdirSync(path.dirname(outside), { recursive: true });
    fs.writeFileSync(outside, '%PDF-1.4\n');
    const r = await call('registry.deskRegisterIncoming', { ...doc, attachments: [outside] });
    expect(r.ok).toBe(false);
    const etc = await call('registry.deskRegisterIncoming', { ...doc, attachments: ['/etc/passwd'] });
    expect(etc.ok).toBe(false);
  });

  it('validates requests (a cancellation needs a reason)', async () => {
    const r = await call('registry.deskCancel', { id: 1, reason: '' });
    expect(r.ok).toBe(false);
  });
});
