/**
 * The app's services on a full disk: exporting, the draft DOCX, printing a register and Cấp số answer
 * with a Vietnamese 'not-available' error (never 'internal' with raw ENOSPC text), keep the files
 * already there, and Cấp số uses no number when the exports folder cannot take the DOCX.
 * The data folder is a real tmpfs (root only; otherwise the test says why and checks nothing).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../main/services';
import { defaultOrganisation } from '../../../main/templates/index';
import { filledDraft } from '../../helpers/filled-draft';

const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-svc-full-'));
let ctx: ServiceContext;
let mounted = false;
let draftId = '';
let firstExport = '';

const call = (name: string, input: unknown) => dispatch(HANDLERS, ctx, name, input);
// biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
const ok = async (name: string, input: unknown): Promise<any> => {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
};

beforeAll(async () => {
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', data], { encoding: 'utf8' });
  if (m.status !== 0) return void console.log(`Bỏ qua: không gắn được tmpfs (${m.stderr.trim()}); cần chạy bằng root.`);
  mounted = true;
  ctx = createContext(data, 'web');
  await ok('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
  draftId = (await ok('drafts.create', { templateId: 'ket-luan' })).id;
  await ok('drafts.autosave', { id: draftId, draft: filledDraft('ket-luan') });
  firstExport = (await ok('drafts.exportDraft', { id: draftId })).file;
  await ok('drafts.submit', { id: draftId });
  // Fill the disk, leaving the database what it has.
  const fd = fs.openSync(path.join(data, 'day.bin'), 'w');
  try { for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024, 1)); } catch { /* full */ }
  try { for (;;) fs.writeSync(fd, Buffer.alloc(1)); } catch { /* full */ }
  fs.closeSync(fd);
});

afterAll(() => {
  if (ctx) closeRegistry(ctx);
  if (mounted) spawnSync('umount', ['-l', data]);
  fs.rmSync(data, { recursive: true, force: true });
});

describe('services on a full disk', () => {
  it('export, draft DOCX and printing answer in Vietnamese and keep the old export', async () => {
    if (!mounted) return;
    const before = fs.readFileSync(firstExport);
    for (const [name, input] of [
      ['drafts.exportDraft', { id: draftId }],
      ['registry.deskPrint', { kind: 'out', from: '2026-01-01', to: '2026-12-31', format: 'docx' }],
    ] as const) {
      const r = await call(name, input);
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, `${name}: ${r.error.message}`).toBe('not-available');
      expect(r.error.message).toMatch(/Ổ đĩa không đủ chỗ|ổ đĩa đã đầy/);
      expect(r.error.message).not.toMatch(/ENOSPC|SQLITE_|lỗi không mong muốn/);
    }
    expect(fs.readFileSync(firstExport).equals(before)).toBe(true);
    const leftovers = fs.readdirSync(data, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('Cấp số is refused before a number is taken', async () => {
    if (!mounted) return;
    const r = await call('drafts.issue', { id: draftId, date: '2026-03-06', pdf: false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not-available');
      expect(r.error.message).toMatch(/Ổ đĩa không đủ chỗ|ổ đĩa đã đầy/);
    }
    fs.rmSync(path.join(data, 'day.bin'));
    expect((await ok('registry.listOutgoing', {})).total).toBe(0);
    const issued = await ok('drafts.issue', { id: draftId, date: '2026-03-06', pdf: false });
    expect(issued.row.number).toBe('01-KL/TU');
  });
});
