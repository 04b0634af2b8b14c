/**
 * The format check of Word files (main/docx-in/check): each single-error fixture of
 * tests/fixtures/docx-errors gives its finding (kind and part) and no other error; vanthu's own
 * exports of every template, under both profiles, give nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/export/docx';
import { checkDocxBytes } from '../../../../main/docx-in/check/file';
import { checkReportText } from '../../../../main/docx-in/check/text';
import { listTemplates } from '../../../../main/templates/index';
import { filledDraft } from '../../../helpers/filled-draft';
import { CASES, buildCases } from '../../../fixtures/docx-errors/cases';
import { WORD_PART_LABELS, type WordPart } from '../../../../common/api/domains/word';

const WORD_PARTS = Object.keys(WORD_PART_LABELS) as WordPart[];

const FIXTURES = path.resolve('tests/fixtures/docx-errors');
const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));

describe('vanthu check on single-error fixtures', () => {
  it('has at least 15 kinds of error, one file each', () => {
    expect(new Set(CASES.map((c) => c.expect[0].code)).size).toBeGreaterThanOrEqual(15);
    for (const c of CASES) expect(fs.existsSync(path.join(FIXTURES, c.file)), c.file).toBe(true);
  });

  it.each(CASES.map((c) => [c.file, c] as const))('%s: finds the deliberate error and no other', (file, c) => {
    const r = checkDocxBytes(read(file), file);
    const got = r.findings.map((f) => `${f.code}@${f.part}`);
    for (const e of c.expect) expect(got, `${c.change}\n${checkReportText(r)}`).toContain(`${e.code}@${e.part}`);
    const wanted = new Set(c.expect.map((e) => `${e.code}@${e.part}`));
    const others = r.findings.filter((f) => f.severity === 'error' && !wanted.has(`${f.code}@${f.part}`));
    expect(others, checkReportText(r)).toEqual([]);
  });

  it('the fixtures rebuilt from a fresh export give the same findings', async () => {
    for (const { c, bytes } of await buildCases()) {
      const fresh = checkDocxBytes(bytes, c.file).findings.map((f) => `${f.code}@${f.part}`);
      const committed = checkDocxBytes(read(c.file), c.file).findings.map((f) => `${f.code}@${f.part}`);
      expect(fresh, c.file).toEqual(committed);
    }
  });

  it('prints the part, what is wrong and what the rule wants, in Vietnamese', () => {
    const text = checkReportText(checkDocxBytes(read('08-so-co-hai-cham.docx'), '08-so-co-hai-cham.docx'));
    expect(text).toContain('theo Hướng dẫn 36-HD/VPTW (2018)');
    expect(text).toMatch(/^\[lỗi\] Phần đầu văn bản: Số ghi "Số: 04-NQ\/TU" \(có dấu hai chấm sau "Số"\)\. — Quy định: "Số 04-NQ\/TU": không có dấu hai chấm\.$/m);
    const margins = checkReportText(checkDocxBytes(read('02-le-trai-20mm.docx'), 'x.docx'));
    expect(margins).toMatch(/^\[lỗi\] Trang: Lề trái 20 mm\. — Quy định: Lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm\.$/m);
  });

  it('measures a document against the profile of its date (HD 05 wants a 10 mm indent)', () => {
    const r = checkDocxBytes(read('19-hd05-thut-dong-hd36.docx'), 'x.docx');
    expect(r.profile).toBe('Hướng dẫn 05-HD/VPTW (2026)');
    const indent = r.findings.find((f) => f.code === 'indent');
    expect(indent?.message).toMatch(/thụt đầu dòng 12,7 mm/);
    expect(indent?.wants).toBe('Thụt đầu dòng 10 mm (Hướng dẫn 05-HD/VPTW (2026)).');
  });

  it('reads the number, date, issuer, type and summary for the incoming form', () => {
    const r = checkDocxBytes(read('00-sach-hd36.docx'), 'x.docx');
    expect(r.fields).toMatchObject({ senderNumber: '04-NQ/TU', docDate: '2026-03-06', sender: 'TỈNH ỦY NINH BÌNH', typeName: 'Nghị quyết' });
    expect(r.fields.summary).toMatch(/^về đẩy mạnh chuyển đổi số/);
  });
});

describe('vanthu check on vanthu exports', () => {
  it.each(listTemplates().flatMap((t) => [[t.id, '2026-03-06'], [t.id, '2026-06-15']]))('%s dated %s: no finding', async (id, date) => {
    const bytes = await exportDocx(filledDraft(id, undefined, { serial: 12, date }));
    const r = checkDocxBytes(bytes, `${id}.docx`);
    expect(r.findings, checkReportText(r)).toEqual([]);
  });
});

describe('vanthu check on the import corpus (tests/fixtures/docx)', () => {
  const corpus = path.resolve('tests/fixtures/docx');
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.docx')) : [];
  it.each(files)('%s: checked; a vanthu export is clean, a Word or LibreOffice file is told its missing page numbers', (file) => {
    const r = checkDocxBytes(new Uint8Array(fs.readFileSync(path.join(corpus, file))), file);
    if (file.startsWith('vt-')) expect(r.findings, checkReportText(r)).toEqual([]);
    else expect(r.findings.map((f) => f.code)).toContain('page-number-missing');
    expect(r.findings.every((f) => f.message && WORD_PARTS.includes(f.part))).toBe(true);
  });
});
