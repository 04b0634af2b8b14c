/**
 * The one-time import of the JSON drafts kept before the database: through the services (first use
 * of a data folder), with the recycle bin, workflow state, versions and an unreadable file; the
 * folders are renamed and a repeated import adds nothing, not even a draft deleted meanwhile. The
 * services open the data folder's own SQLite file, so their tests run there; the import itself
 * (`drafts.importLegacy`) runs on both engines below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../main/services';
import { withRegistry } from '../../../main/services/registry';
import { legacyFolders } from '../../../main/services/drafts-store';
import { todayIso } from '../../../main/registry/sql';
import { ENGINES, useRegistryEngines } from './engines';
import { tmpDir } from './helpers';

const engines = useRegistryEngines();
let ctx: ServiceContext | null = null;
afterEach(() => {
  if (!ctx) return;
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  ctx = null;
});

const call = async (name: string, input: unknown) => {
  const r = await dispatch(HANDLERS, ctx!, name, input);
  if (!r.ok) throw new Error(r.error.message);
  // biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
  return r.value as any;
};
const put = (file: string, value: unknown) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
};
const rec = (id: string, title: string, extra: object = {}) => ({ id, templateId: 'nghi-quyet', title, updatedAt: '2026-02-01T08:00:00.000Z', draft: { format: 'cu', id }, ...extra });

function legacyDataDir(): string {
  const dir = tmpDir('vanthu-legacy-');
  put(path.join(dir, 'drafts', '20260201-aaaa.json'), rec('20260201-aaaa', 'Nghị quyết về chuyển đổi số'));
  put(path.join(dir, 'drafts', '20260201-issued.json'), rec('20260201-issued', 'Kết luận đã ban hành', { registeredAs: '01-KL/TU' }));
  put(path.join(dir, 'drafts', '20260201-broken.json'), '{"id": "20260201-broken", "dra');
  put(path.join(dir, 'drafts', '20260201-aaaa.json.123.tmp'), 'half written');
  put(path.join(dir, 'drafts-trash', '20260201-trash.json'), rec('20260201-trash', 'Thông báo đã xóa'));
  put(path.join(dir, 'drafts-meta', '20260201-aaaa.json'), { id: '20260201-aaaa', status: 'submitted' });
  put(path.join(dir, 'drafts-meta', '20260201-issued.json'), { id: '20260201-issued', status: 'issued', registeredAs: '01-KL/TU', files: [{ file: '/x/kl.docx', name: 'kl.docx', size: 10 }] });
  put(path.join(dir, 'drafts-versions', '20260201-aaaa', '00abcdef0-0.json'), { format: 'cu', v: 1 });
  put(path.join(dir, 'drafts-versions', '20260201-aaaa', '00abcdef1-1.json'), { format: 'cu', v: 2 });
  put(path.join(dir, 'drafts-versions', '20260201-gone', '00abcdef0-0.json'), { format: 'cu', v: 0 });
  return dir;
}

describe('legacy JSON drafts', () => {
  it('are imported on first use through the services, then their folders are renamed', async () => {
    ctx = createContext(legacyDataDir(), 'web');
    const listed = await call('drafts.list', {});
    expect(listed.map((d: { id: string }) => d.id).sort()).toEqual(['20260201-aaaa', '20260201-broken', '20260201-issued']);
    expect(listed.find((d: { id: string }) => d.id === '20260201-issued')).toMatchObject({ registeredAs: '01-KL/TU', updatedAt: '2026-02-01T08:00:00.000Z' });
    expect((await call('drafts.list', { query: 'chuyen doi so' })).map((d: { id: string }) => d.id)).toEqual(['20260201-aaaa']);
    expect((await call('drafts.trashList', {})).map((d: { id: string }) => d.id)).toEqual(['20260201-trash']);
    expect(await call('drafts.meta', { id: '20260201-aaaa' })).toEqual({ id: '20260201-aaaa', status: 'submitted' });
    expect(await call('drafts.meta', { id: '20260201-issued' })).toMatchObject({ status: 'issued', registeredAs: '01-KL/TU', files: [{ name: 'kl.docx' }] });
    expect((await call('drafts.get', { id: '20260201-aaaa' })).draft).toEqual({ format: 'cu', id: '20260201-aaaa' });
    expect((await call('drafts.versions', { id: '20260201-aaaa' })).map((v: { version: string }) => v.version)).toEqual(['00abcdef1-1', '00abcdef0-0']);
    await expect(call('drafts.get', { id: '20260201-broken' })).rejects.toThrow(/Dự thảo "Dự thảo không đọc được \(drafts\/20260201-broken.json\)" \(mã 20260201-broken\) bị hỏng/);
    for (const name of ['drafts', 'drafts-trash', 'drafts-meta', 'drafts-versions']) {
      expect(fs.existsSync(path.join(ctx!.dataDir, name))).toBe(false);
      expect(fs.existsSync(path.join(ctx!.dataDir, `${name}.imported-${todayIso()}`))).toBe(true);
    }
    expect(fs.readFileSync(path.join(ctx!.dataDir, `drafts.imported-${todayIso()}`, '20260201-aaaa.json'), 'utf8')).toContain('chuyển đổi số');
  });

  it('adds nothing when run again (interrupted before the rename), not even a draft moved to the recycle bin since', async () => {
    const dir = legacyDataDir();
    const copy = `${dir}-copy`;
    fs.cpSync(dir, copy, { recursive: true });
    ctx = createContext(dir, 'web');
    await call('drafts.list', {});
    expect((await call('drafts.trash', { id: '20260201-aaaa' })).trashed).toBe(true);
    const versions = (await call('drafts.versions', { id: '20260201-aaaa' })).length;
    for (const name of ['drafts', 'drafts-trash', 'drafts-meta', 'drafts-versions']) fs.cpSync(path.join(copy, name), path.join(dir, name), { recursive: true });
    fs.rmSync(copy, { recursive: true, force: true });
    const again = await withRegistry(ctx!, (r) => r.drafts.importLegacy(legacyFolders(ctx!)));
    expect(again).toMatchObject({ drafts: 0, trashed: 0, versions: 0 });
    expect(again.renamed.map((f) => path.basename(f))).toContain(`drafts.imported-${todayIso()}-2`);
    expect((await call('drafts.list', {})).map((d: { id: string }) => d.id).sort()).toEqual(['20260201-broken', '20260201-issued']);
    expect((await call('drafts.trashList', {})).map((d: { id: string }) => d.id).sort()).toEqual(['20260201-aaaa', '20260201-trash']);
    expect((await call('drafts.versions', { id: '20260201-aaaa' })).length).toBe(versions);
  });

  it('skip a UTF-8 BOM and drop characters XML cannot carry', async () => {
    const dir = tmpDir('vanthu-legacy-bom-');
    put(path.join(dir, 'drafts', '20260201-bom.json'), `\uFEFF${JSON.stringify(rec('20260201-bom', 'Nghị\u0001 quyết\uFFFE mới', { draft: { format: 'cu', text: 'a\u0007b\uFFFFc\uD800' } }))}`);
    put(path.join(dir, 'drafts', '20260201-bad.json'), '{"id": "x\u0002\uFFFE", "dra');
    ctx = createContext(dir, 'web');
    const listed = await call('drafts.list', {});
    expect(listed.find((d: { id: string }) => d.id === '20260201-bom')).toMatchObject({ title: 'Nghị quyết mới' });
    expect((await call('drafts.get', { id: '20260201-bom' })).draft).toEqual({ format: 'cu', text: 'abc' });
    await expect(call('drafts.get', { id: '20260201-bad' })).rejects.toThrow(/bị hỏng/);
  });
});

describe.each(ENGINES)('the legacy import in the registry (%s)', (engine) => {
  const foldersOf = (dir: string) => ({
    drafts: path.join(dir, 'drafts'), trash: path.join(dir, 'drafts-trash'), meta: path.join(dir, 'drafts-meta'), versions: path.join(dir, 'drafts-versions'),
  });

  it('imports drafts, recycle bin, state and versions once; a repeated import adds nothing', () => {
    const { reg } = engines.fresh(engine);
    const dir = legacyDataDir();
    const copy = `${dir}-copy`;
    fs.cpSync(dir, copy, { recursive: true });
    const report = reg.drafts.importLegacy(foldersOf(dir));
    expect(report).toMatchObject({ drafts: 3, trashed: 1, versions: 2, unreadable: ['drafts/20260201-broken.json'] });
    expect(reg.drafts.list().map((d) => d.id).sort()).toEqual(['20260201-aaaa', '20260201-broken', '20260201-issued']);
    expect(reg.drafts.row('20260201-aaaa')).toMatchObject({ status: 'submitted', owner: '' });
    expect(reg.drafts.row('20260201-issued')).toMatchObject({ status: 'issued', registeredAs: '01-KL/TU', files: [{ name: 'kl.docx' }] });
    expect(reg.drafts.list({ trashed: true }).map((d) => d.id)).toEqual(['20260201-trash']);
    expect(reg.drafts.versions('20260201-aaaa').map((v) => v.version)).toEqual(['00abcdef1-1', '00abcdef0-0']);
    expect(fs.existsSync(path.join(dir, 'drafts'))).toBe(false);
    for (const name of ['drafts', 'drafts-trash', 'drafts-meta', 'drafts-versions']) fs.cpSync(path.join(copy, name), path.join(dir, name), { recursive: true });
    fs.rmSync(copy, { recursive: true, force: true });
    expect(reg.drafts.importLegacy(foldersOf(dir))).toMatchObject({ drafts: 0, trashed: 0, versions: 0 });
    expect(reg.drafts.list().length + reg.drafts.list({ trashed: true }).length).toBe(4);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
