/**
 * `vanthu check <van-ban.docx> [--json] [--org co-quan.json]`: the format check of a Word file
 * (main/docx-in/check). One line per finding (the part, what is wrong, what the rule wants), or
 * the result as JSON for tools. Exit 0 when nothing is found, 1 when there are findings (or the
 * options are wrong), 2 when the file cannot be read (not a DOCX, damaged, protected, too large;
 * the Vietnamese reason is printed) or on an internal error.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../../common/api/errors';
import { parseOrganisation } from '../templates';
import { checkDocxFile } from '../docx-in/check/file';
import { checkReportText } from '../docx-in/check/text';
import type { OrgContext } from '../docx-in/check';
import { EXIT, reportFailure } from './errors';
import { readInputText } from './inputs';

/** Usage of `vanthu check`. */
export const CHECK_USAGE = 'vanthu check <van-ban.docx> [--json] [--org co-quan.json]   kiểm tra thể thức một tệp Word';

/** What the organisation adds to the check (authorities of its kind, its place name). */
function orgContext(file: string | undefined): OrgContext {
  if (!file) return {};
  const r = parseOrganisation(readInputText(file, 'tệp hồ sơ cơ quan'));
  if (!r.ok) throw new UserError('invalid-input', r.message);
  return { issuerKind: r.org.kind, place: r.org.place, extraAuthorities: !!r.org.extraAuthorities };
}

/** Runs `vanthu check` with its arguments (after "check"); prints and returns the exit code. */
export async function checkCommand(args: string[]): Promise<number> {
  let org: OrgContext;
  let file: string | undefined;
  let json = false;
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, org: { type: 'string' } } });
    file = positionals[0];
    json = !!values.json;
    if (!file || positionals.length > 1) throw new UserError('invalid-input', `Hãy ghi đúng một tệp Word cần kiểm tra.\nCách dùng: ${CHECK_USAGE}`);
    org = orgContext(values.org);
  } catch (e) {
    return reportFailure(e, 'Không đọc được tùy chọn', `Cách dùng: ${CHECK_USAGE}`);
  }
  let result;
  try {
    result = checkDocxFile(file, org);
  } catch (e) {
    // An unreadable file is exit 2 for `check` (issue #15): the reason is the user's to read.
    if (e instanceof UserError) {
      console.error(e.message);
      return EXIT.internal;
    }
    const code = reportFailure(e, `Không đọc được tệp "${file}"`);
    return code === EXIT.user ? EXIT.internal : code;
  }
  console.log(json ? JSON.stringify(result, null, 2) : checkReportText(result));
  return result.findings.length === 0 ? EXIT.ok : EXIT.user;
}
