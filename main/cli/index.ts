/**
 * The `vanthu` command. Exit codes: 0 ok, 1 user error (Vietnamese message), 2 internal error.
 * `vanthu registry …` is handled by main/cli/registry.ts.
 */
import { parseArgs } from 'node:util';
import { EXIT, UserError } from './errors';
import { exportCommand, newCommand, templatesCommand } from './document';

const USAGE = `Cách dùng:
  vanthu templates                              liệt kê các mẫu văn bản
  vanthu new <mẫu> [--org co-quan.json] [--number 04 --date 06/3/2026] -o du-thao.json
  vanthu export <du-thao.json> -o van-ban.docx [--pdf]
  vanthu registry <lệnh> --db <tệp.db> …        sổ văn bản đi, đến (vanthu registry help)`;

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return USAGE;
  if (command === 'registry') {
    const { runRegistry } = await import('./registry');
    const code = await runRegistry(rest);
    if (code !== EXIT.ok) throw Object.assign(new Error(''), { exitCode: code });
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
    default: throw new UserError(`Không có lệnh "${command}".\n${USAGE}`);
  }
}

/** Runs the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const text = await run(argv);
    if (text) console.log(text);
    return EXIT.ok;
  } catch (e) {
    const err = e as Error & { exitCode?: number; code?: string };
    if (err.exitCode !== undefined) return err.exitCode;
    if (err instanceof UserError) {
      console.error(err.message);
      return EXIT.user;
    }
    if (err.code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Tham số không hợp lệ: ${err.message}\n${USAGE}`);
      return EXIT.user;
    }
    console.error(`Lỗi nội bộ của vanthu (hãy báo cho người quản trị): ${err.message}`);
    return EXIT.internal;
  }
}
