/** The document commands of the CLI: `templates`, `new`, `export`. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api/errors';
import type { Draft } from '../../common/draft/draft';
import type { ValidDraft } from '../export/docx';
import { MAX_SERIAL } from '../../common/draft/limits';
import { parseNumber } from '../../common/rules/number';
import { checkOutputTarget, environmentError, writeOutputFile } from '../fs';
import { dateOption, readInputText } from './inputs';

const refuse = (message: string) => new UserError('invalid-input', message);

/** `vanthu templates`: lists template ids and names. */
export async function templatesCommand(): Promise<string> {
  const { listTemplates } = await import('../templates');
  return listTemplates().map((t) => `${t.id.padEnd(16)} ${t.name}`).join('\n');
}

/** Reads a serial given as "04" or "04-NQ/TU" (1..MAX_SERIAL); user error on letters. */
function serialOption(value: string): number {
  let serial: number;
  if (/^\d+$/.test(value.trim())) serial = Number(value);
  else {
    if (!/[-/]/.test(value)) throw refuse(`Số văn bản "${value}" không hợp lệ: số thứ tự chỉ gồm chữ số và bắt đầu từ 01 (ví dụ 04).`);
    const r = parseNumber(value);
    if (!r.ok) throw refuse(`Số văn bản "${value}" không hợp lệ: ${r.message}`);
    serial = r.value.serial;
  }
  if (serial < 1) throw refuse(`Số văn bản "${value}" không hợp lệ: số thứ tự chỉ gồm chữ số và bắt đầu từ 01 (ví dụ 04).`);
  if (serial > MAX_SERIAL) throw refuse(`Số văn bản "${value}" quá lớn: số thứ tự phải từ 01 đến ${MAX_SERIAL}.`);
  return serial;
}

/** `vanthu new <template> [--org org.json] [--number N --date dd/mm/yyyy] -o draft.json`. */
export async function newCommand(templateId: string | undefined, opts: { org?: string; out?: string; number?: string; date?: string }): Promise<string> {
  if (!templateId) throw refuse('Hãy ghi mã mẫu văn bản, ví dụ: vanthu new nghi-quyet -o du-thao.json (xem danh sách: vanthu templates).');
  // The templates and the organisation schema load for `templates` and `new` only, not for `export`.
  const { defaultOrganisation, findTemplate, listTemplates, parseOrganisation } = await import('../templates');
  const t = findTemplate(templateId);
  if (!t) throw refuse(`Không có mẫu văn bản "${templateId}". Các mẫu có: ${listTemplates().map((x) => x.id).join(', ')}.`);
  let org = defaultOrganisation();
  if (opts.org) {
    const r = parseOrganisation(readInputText(opts.org, 'tệp hồ sơ cơ quan'));
    if (!r.ok) throw refuse(r.message);
    org = r.org;
  }
  // The document model (prosemirror) loads only for `new` and `export`, so `templates` starts fast.
  const { createDraft } = await import('../../common/draft/create');
  const { setNumberAndDate } = await import('../../common/draft/draft');
  let draft: Draft = createDraft(t, org);
  if (opts.number || opts.date) {
    if (!opts.number || !opts.date) throw refuse('Cấp số cho văn bản cần cả --number và --date.');
    const serial = serialOption(opts.number);
    draft = setNumberAndDate(draft, serial, dateOption(opts.date, 'Ngày văn bản (--date)'));
  }
  const out = opts.out ?? `${t.id}.json`;
  writeOutputFile(out, `${JSON.stringify(draft, null, 2)}\n`, { label: 'Tệp bản thảo', createDir: true, inputs: opts.org ? [opts.org] : [] });
  return `Đã tạo bản thảo ${t.name}: ${out}`;
}

/** Loads and validates a draft file (a UTF-8 BOM is accepted); user error with the field named. */
export async function loadDraft(file: string): Promise<Draft> {
  return (await loadValidDraft(file)).draft;
}

/** Like loadDraft, with the checked document too, so the export need not validate the draft again. */
async function loadValidDraft(file: string): Promise<ValidDraft> {
  const { parseDraft } = await import('../../common/draft/draft');
  const r = parseDraft(readInputText(file, 'tệp bản thảo'));
  if (!r.ok) throw refuse(`${file}: ${r.message}`);
  return r;
}

/** Room checked before a DOCX is rendered, on top of the draft's own size. */
const EXPORT_ROOM = 256 * 1024;

/** `vanthu export draft.json -o out.docx [--pdf]`: the output never replaces the draft, and is written atomically. */
export async function exportCommand(file: string | undefined, opts: { out?: string; pdf?: boolean }): Promise<string> {
  if (!file) throw refuse('Hãy ghi tệp bản thảo cần xuất, ví dụ: vanthu export du-thao.json -o van-ban.docx');
  const valid = await loadValidDraft(file);
  const out = opts.out ?? file.replace(/\.json$/i, '') + '.docx';
  const target = { label: 'Tệp DOCX', inputs: [file], createDir: true };
  checkOutputTarget(out, { ...target, needed: EXPORT_ROOM + fs.statSync(file).size });
  // The exporter (docx) loads only here, so `templates` and `new` start fast.
  const { exportValidDraft } = await import('../export/docx');
  writeOutputFile(out, await exportValidDraft(valid), target);
  const lines = [`Đã xuất ${out}`];
  if (opts.pdf) {
    try {
      const { convertToPdf } = await import('../export/pdf');
      lines.push(`Đã xuất ${await convertToPdf(path.resolve(out), path.dirname(path.resolve(out)))}`);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw environmentError(e, 'Không ghi được tệp PDF', out.replace(/\.docx$/i, '.pdf')) ?? new UserError('not-available', (e as Error).message);
    }
  }
  return lines.join('\n');
}
