/**
 * The Word operations through the contract's dispatcher on a real data folder: "Mở tệp Word" writes
 * a new draft and returns the import report, "Kiểm tra thể thức tệp Word" returns the findings, a
 * file over the limit is refused with a Vietnamese message naming the field, and the desk's check
 * reads an uploaded incoming DOCX and refuses a path outside the uploads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORD_LIMITS, base64Length } from '../../../../common/api/domains/word';
import { closeRegistry, createContext, dispatch, folders, HANDLERS, type ServiceContext } from '../../../../main/services';
import { defaultOrganisation } from '../../../../main/templates/index';

let ctx: ServiceContext;
const call = (name: string, input: unknown) => dispatch(HANDLERS, ctx, name, input);
const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/docx-errors', name));

beforeAll(async () => {
  ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-word-ops-')), 'web');
  await call('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
});
afterAll(() => {
  closeRegistry(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

describe('Word operations', () => {
  it('opens a Word file as a new draft with its import report', async () => {
    const r = await call('drafts.openWord', { name: 'nq.docx', file: fixture('08-so-co-hai-cham.docx').toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { record: { id: string; templateId: string }; report: { message: string; place: string }[] };
    expect(v.record.templateId).toBe('nghi-quyet');
    const again = await call('drafts.get', { id: v.record.id });
    expect(again.ok && (again.value as { title: string }).title).toMatch(/^Nghị quyết về đẩy mạnh chuyển đổi số/);
    expect(v.report.map((l) => l.place).join(' ')).toMatch(/Phần đầu văn bản/);
  });

  it('checks a Word file and returns its findings', async () => {
    const r = await call('drafts.checkWord', { name: 'nn.docx', file: fixture('11-noi-nhan-dam-nghieng.docx').toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { errors: number; findings: { code: string; part: string }[] };
    expect(v.findings.map((f) => `${f.code}@${f.part}`)).toEqual(['bold@recipients', 'italic@recipients', 'underline@recipients']);
    expect(v.errors).toBe(3);
  });

  it('refuses a file over the limit and one that is not a Word file, in Vietnamese', async () => {
    const big = await call('drafts.checkWord', { name: 'to.docx', file: 'A'.repeat(base64Length(WORD_LIMITS.docxBytes) + 4) });
    expect(big.ok).toBe(false);
    expect(!big.ok && big.error.message).toMatch(/^Dữ liệu không hợp lệ\. Tệp: Tệp Word lớn quá 2,5 MB/);
    const text = await call('drafts.checkWord', { name: 'thu.docx', file: Buffer.from('Kính gửi anh chị').toString('base64') });
    expect(text.ok).toBe(false);
    expect(!text.ok && text.error.code).not.toBe('internal');
  });

  it('checks an incoming DOCX uploaded at the desk, and only from the uploads', async () => {
    fs.mkdirSync(folders(ctx.dataDir).uploads, { recursive: true });
    const dir = fs.mkdtempSync(path.join(folders(ctx.dataDir).uploads, 'test-'));
    const file = path.join(dir, 'den.docx');
    fs.writeFileSync(file, fixture('09-thang-03.docx'));
    const r = await call('registry.deskCheckWord', { file, name: 'den.docx' });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { name: string; fields: Record<string, unknown>; findings: { code: string }[] };
    expect(v.name).toBe('den.docx');
    expect(v.fields).toMatchObject({ senderNumber: '04-NQ/TU', docDate: '2026-03-06', sender: 'TỈNH ỦY NINH BÌNH' });
    expect(v.findings.map((f) => f.code)).toEqual(['date-line']);
    const outside = path.join(ctx.dataDir, 'khac.docx');
    fs.writeFileSync(outside, fixture('09-thang-03.docx'));
    const refused = await call('registry.deskCheckWord', { file: outside, name: 'khac.docx' });
    expect(refused.ok).toBe(false);
  });
});
