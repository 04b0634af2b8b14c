import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { acceptSamples } from '../../../common/draft/fill';
import type { RegistryService } from '../../../main/registry/index';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { ENGINES, useRegistryEngines } from './engines';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

const draftText = (templateId = 'nghi-quyet') => JSON.stringify(acceptSamples(createDraft(findTemplate(templateId)!, defaultOrganisation())));

async function documentXml(bytes: Uint8Array): Promise<string> {
  return strFromU8(unzipSync(bytes)['word/document.xml']);
}

describe.each(ENGINES)('registering a draft in one action, on %s', (engine) => {
  it('numbers the draft, exports the DOCX, stores it with its SHA-256 and writes the row', async () => {
    const t = engines.withTermBookDir(engine); reg = t.reg;
    const out = path.join(t.dir, 'nq.docx');
    const e = await reg.registerDocument(draftText(), { date: '2026-03-06', outPath: out });
    expect(e).toMatchObject({ number: '01-NQ/TU', date: '2026-03-06', status: 'issued', typeId: 'nghi-quyet', signer: 'Nguyễn Văn An' });
    expect(e.summary).toMatch(/^Nghị quyết về/);
    expect(e.archiveHolder).toBe('Văn phòng Tỉnh ủy');
    expect(e.recipients.some((l) => l.includes('Lưu'))).toBe(false);
    const stored = fs.readFileSync(path.join(reg.dataDir, e.filePath!));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(e.sha256);
    expect(fs.readFileSync(out).equals(stored)).toBe(true);
    const xml = await documentXml(stored);
    expect(xml).toContain('Số 01-NQ/TU');
    expect(xml).toContain('ngày 06 tháng 3 năm 2026');
    const second = await reg.registerDocument(draftText(), { date: '2026-03-07' });
    expect(second.number).toBe('02-NQ/TU');
    expect(reg.search({ text: 'chuyen doi so' }).length).toBeGreaterThan(0);
  });

  it('uses a reservation when given one, and refuses a draft of another issuer or an invalid draft', async () => {
    const t = engines.withTermBookDir(engine); reg = t.reg;
    const r = reg.reserveNumber(t.bookId, { typeCode: 'NQ', date: '2026-03-01' });
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2026-03-02' });
    const e = await reg.registerDocument(draftText(), { reservationId: r.id });
    expect(e).toMatchObject({ id: r.id, number: '01-NQ/TU', status: 'issued', date: '2026-03-01' });
    expect(await documentXml(fs.readFileSync(path.join(reg.dataDir, e.filePath!)))).toContain('Số 01-NQ/TU');
    const other = reg.createOutBook({ issuerCode: 'ĐUK', name: 'Đảng ủy Khối' });
    await expect(reg.registerDocument(draftText(), { bookId: other.id })).rejects.toThrow(/không thuộc sổ/);
    await expect(reg.registerDocument('{"format":"khac"}')).rejects.toThrow(/không phải là bản thảo vanthu/);
    await expect(reg.registerDocument(draftText('ket-luan'), { reservationId: r.id })).rejects.toThrow(/số giữ chỗ/);
  });
});
