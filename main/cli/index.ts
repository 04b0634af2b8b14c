/**
 * The `vanthu` command. Exit codes: 0 ok, 1 a problem the user can fix (wrong input, or the disk,
 * folder or permissions of their machine; Vietnamese message), 2 an internal error (a bug).
 * Files are written private (umask 077) and atomically (main/fs).
 * `vanthu registry …` is handled by main/cli/registry.ts.
 */
import { parseArgs } from 'node:util';
import { usePrivateUmask } from '../fs';
import { EXIT, ExitCode, reportFailure, UserError } from './errors';
import { exportCommand, newCommand, templatesCommand } from './document';

const USAGE = `Cách dùng:
  vanthu templates                              liệt kê các mẫu văn bản
  vanthu new <mẫu> [--org co-quan.json] [--number 04 --date 06/3/2026] -o du-thao.json
  vanthu export <du-thao.json> -o van-ban.docx [--pdf]
  vanthu import <van-ban.docx> -o du-thao.json  nhập tệp Word thành bản thảo (kèm báo cáo nhập)
  vanthu check <van-ban.docx> [--json] [--org co-quan.json]   kiểm tra thể thức một tệp Word
  vanthu registry <lệnh> --db <tệp.db> …        sổ văn bản đi, đến (vanthu registry help)
  vanthu server [init|settings] [--dir <thư mục>] máy chủ văn phòng qua HTTPS (vanthu server help)`;

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return USAGE;
  if (command === 'registry') {
    const { runRegistry } = await import('./registry');
    const code = await runRegistry(rest);
    if (code !== EXIT.ok) throw new ExitCode(code);
    return '';
  }
  if (command === 'server') {
    await (await import('../server/cli')).serverCommand(rest);
    return '';
  }
  if (command === 'check') {
    const { checkCommand } = await import('./check-command');
    const code = await checkCommand(rest);
    if (code !== EXIT.ok) throw new ExitCode(code);
    return '';
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, org: { type: 'string' }, pdf: { type: 'boolean' }, number: { type: 'string' }, date: { type: 'string' } },
  });
  switch (command) {
    case 'templates': return templatesCommand();
    case 'new': return newCommand(positionals[0], values);
    case 'export': return exportCommand(positionals[0], values);
    case 'import': return (await import('./import-command')).importCommand(positionals[0], values);
    default: throw new UserError('invalid-input', `Không có lệnh "${command}".\n${USAGE}`);
  }
}

/** Runs the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  usePrivateUmask();
  try {
    const text = await run(argv);
    if (text) console.log(text);
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, 'Không thực hiện được lệnh', USAGE);
  }
}
