/**
 * The PDF's work folder beside it (`.vanthu-pdf-<pid>-…`, main/export/pdf.ts): a conversion leaves none
 * behind, and one left by a conversion that was killed (its process gone) is removed by the next.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { exportDocx } from '../../../main/export/docx';
import { convertToPdf, findLibreOffice } from '../../../main/export/pdf';
import { filledDraft } from '../../helpers/filled-draft';

const hasLibreOffice = (await findLibreOffice()) !== null;
const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-pdf-work-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.skipIf(!hasLibreOffice)('sweeps the work folder a killed conversion left, and leaves none of its own', async () => {
  const ended = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  const stale = path.join(dir, `.vanthu-pdf-${ended}-abc123`);
  mkdirSync(stale);
  writeFileSync(path.join(stale, 'nghi-quyet.pdf'), 'nửa tệp PDF');
  const docx = path.join(dir, 'nghi-quyet.docx');
  writeFileSync(docx, await exportDocx(filledDraft('nghi-quyet')));
  const pdf = await convertToPdf(docx, dir);
  expect(path.basename(pdf)).toBe('nghi-quyet.pdf');
  expect(readdirSync(dir).sort()).toEqual(['nghi-quyet.docx', 'nghi-quyet.pdf']);
}, 180_000);
