/**
 * `vanthu import draft.docx -o du-thao.json`: opens a Word file safely (main/docx-in/open), reads
 * it, recognises the Party parts and writes the draft atomically (main/fs), never over the input;
 * prints the import report. A bad file is a Vietnamese UserError (exit 1) and nothing is written.
 */
import { UserError } from '../../common/api/errors';
import { withDocxFile } from '../docx-in/open/package';
import { readWordDocument } from '../docx-in/read';
import { recogniseWord } from '../docx-in/recognise';
import { formatReport } from '../docx-in/report/format';
import { checkOutputTarget, writeOutputFile } from '../fs';

/** Runs the import; returns what the command prints. */
export function importCommand(file: string | undefined, opts: { out?: string }): string {
  if (!file) throw new UserError('invalid-input', 'Hãy ghi tệp Word cần nhập, ví dụ: vanthu import van-ban.docx -o du-thao.json');
  const out = opts.out ?? `${file.replace(/\.(docx|docm|dotx)$/i, '')}.json`;
  const target = { label: 'Tệp bản thảo', inputs: [file], createDir: true };
  checkOutputTarget(out, target);
  const rec = withDocxFile(file, (pkg) => recogniseWord(readWordDocument(pkg)));
  writeOutputFile(out, `${JSON.stringify(rec.draft, null, 2)}\n`, target);
  return `Đã nhập ${file} → ${out} (loại văn bản: ${rec.typeId})\n${formatReport(rec.report)}`;
}
