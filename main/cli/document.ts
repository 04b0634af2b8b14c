/** The document commands of the CLI: `templates`, `new`, `export`, `check`. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDraft } from '../../common/draft/create';
import { parseDraft, setNumberAndDate, type Draft } from '../../common/draft/draft';
import { parseDate, toIsoDate } from '../../common/rules/date-line';
import { parseNumber } from '../../common/rules/number';
import { exportDocx } from '../export/docx';
import { convertToPdf } from '../export/pdf';
import { defaultOrganisation, findTemplate, listTemplates, parseOrganisation } from '../templates';
import { UserError } from './errors';

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Không đọc được ${what} "${file}".`);
  }
}

function writeOut(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, data);
  } catch {
    throw new UserError(`Không ghi được tệp "${file}".`);
  }
}

/** `vanthu templates`: lists template ids and names. */
export function templatesCommand(): string {
  return listTemplates().map((t) => `${t.id.padEnd(16)} ${t.name}`).join('\n');
}

/** Reads a serial given as "04" or "04-NQ/TU"; user error on letters. */
function serialOption(value: string): number {
  const plain = /^\d+$/.test(value.trim()) ? Number(value) : null;
  if (plain !== null && plain >= 1) return plain;
  if (!/[-/]/.test(value)) throw new UserError(`Số văn bản "${value}" không hợp lệ: số thứ tự chỉ gồm chữ số và bắt đầu từ 01 (ví dụ 04).`);
  const r = parseNumber(value);
  if (!r.ok) throw new UserError(`Số văn bản "${value}" không hợp lệ: ${r.message}`);
  return r.value.serial;
}

/** `vanthu new <template> [--org org.json] [--number N --date dd/mm/yyyy] -o draft.json`. */
export function newCommand(templateId: string | undefined, opts: { org?: string; out?: string; number?: string; date?: string }): string {
  if (!templateId) throw new UserError('Hãy ghi mã mẫu văn bản, ví dụ: vanthu new nghi-quyet -o du-thao.json (xem danh sách: vanthu templates).');
  const t = findTemplate(templateId);
  if (!t) throw new UserError(`Không có mẫu văn bản "${templateId}". Các mẫu có: ${listTemplates().map((x) => x.id).join(', ')}.`);
  let org = defaultOrganisation();
  if (opts.org) {
    const r = parseOrganisation(readText(opts.org, 'tệp hồ sơ cơ quan'));
    if (!r.ok) throw new UserError(r.message);
    org = r.org;
  }
  let draft: Draft = createDraft(t, org);
  if (opts.number || opts.date) {
    if (!opts.number || !opts.date) throw new UserError('Cấp số cho văn bản cần cả --number và --date.');
    const d = parseDate(opts.date);
    if (!d.ok) throw new UserError(d.message);
    draft = setNumberAndDate(draft, serialOption(opts.number), toIsoDate(d.value));
  }
  const out = opts.out ?? `${t.id}.json`;
  writeOut(out, `${JSON.stringify(draft, null, 2)}\n`);
  return `Đã tạo bản thảo ${t.name}: ${out}`;
}

/** Loads and validates a draft file; user error with the field named. */
export function loadDraft(file: string): Draft {
  const r = parseDraft(readText(file, 'tệp bản thảo'));
  if (!r.ok) throw new UserError(`${file}: ${r.message}`);
  return r.draft;
}

/** `vanthu export draft.json -o out.docx [--pdf]`. */
export async function exportCommand(file: string | undefined, opts: { out?: string; pdf?: boolean }): Promise<string> {
  if (!file) throw new UserError('Hãy ghi tệp bản thảo cần xuất, ví dụ: vanthu export du-thao.json -o van-ban.docx');
  const draft = loadDraft(file);
  const out = opts.out ?? file.replace(/\.json$/i, '') + '.docx';
  writeOut(out, await exportDocx(draft));
  const lines = [`Đã xuất ${out}`];
  if (opts.pdf) {
    try {
      lines.push(`Đã xuất ${await convertToPdf(path.resolve(out), path.dirname(path.resolve(out)))}`);
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  return lines.join('\n');
}
