/**
 * The `vanthu` command. Exit codes: 0 ok, 1 a problem the user can fix (wrong input, or the disk,
 * folder or permissions of their machine; Vietnamese message), 2 an internal error (a bug).
 * Files are written private (umask 077) and atomically (main/fs).
 * `vanthu registry …` is handled by main/cli/registry.ts.
 */
import { parseArgs } from 'node:util';
import { config as zodConfig } from 'zod';
import { usePrivateUmask } from '../fs';
import { EXIT, ExitCode, reportFailure, UserError } from './errors';

const USAGE = `Cách dùng:
  vanthu templates                              liệt kê các mẫu văn bản
  vanthu new <mẫu> [--org co-quan.json] [--number 04 --date 06/3/2026] -o du-thao.json
  vanthu export <du-thao.json> -o van-ban.docx [--pdf]
  vanthu import <van-ban.docx> -o du-thao.json  nhập tệp Word thành bản thảo (kèm báo cáo nhập)
  vanthu check <van-ban.docx> [--json] [--org co-quan.json]   kiểm tra thể thức một tệp Word
  vanthu registry <lệnh> --db <tệp.db> …        sổ văn bản đi, đến (vanthu registry help)
  vanthu server [init|settings] [--dir <thư mục>] máy chủ văn phòng qua HTTPS (vanthu server help)`;

// `process.env.VANTHU_CLI_BUNDLE` is "document" in the bundle of the document commands (templates, new,
// export: dist/node/cli-document.cjs; CLI_BUNDLES in scripts/build.mjs sets it). The build drops the
// code behind `!== 'document'` there, so that bundle holds only what these commands run (bin/built.cjs
// never gives it another command). It is written out at each use: esbuild removes the dead branch only
// when it sees the constant comparison itself. Unset (every command) when run from the sources.

// A command lives a second: zod's compiled parsers (a `new Function` per object schema, which no code
// cache keeps) cost more to build than they save on one parse. The server and the app keep them.
zodConfig({ jitless: true });

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return USAGE;
  if (process.env.VANTHU_CLI_BUNDLE !== 'document') {
    const code = await runOtherCommand(command, rest);
    if (code !== undefined) {
      if (code !== EXIT.ok) throw new ExitCode(code);
      return '';
    }
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, org: { type: 'string' }, pdf: { type: 'boolean' }, number: { type: 'string' }, date: { type: 'string' } },
  });
  // Each command's code loads when it runs: the bundle starts with no more than this dispatch.
  switch (command) {
    case 'templates': return (await import('./document')).templatesCommand();
    case 'new': return (await import('./document')).newCommand(positionals[0], values);
    case 'export': return (await import('./document')).exportCommand(positionals[0], values);
    case 'import':
      if (process.env.VANTHU_CLI_BUNDLE !== 'document') return (await import('./import-command')).importCommand(positionals[0], values);
      break;
  }
  throw new UserError('invalid-input', `Không có lệnh "${command}".\n${USAGE}`);
}

/** Runs `registry`, `server` or `check` (each parses its own arguments); undefined for another command. */
async function runOtherCommand(command: string, rest: string[]): Promise<number | undefined> {
  if (command === 'registry') return (await import('./registry')).runRegistry(rest);
  if (command === 'server') {
    await (await import('../server/cli')).serverCommand(rest);
    return EXIT.ok;
  }
  if (command === 'check') return (await import('./check-command')).checkCommand(rest);
  return undefined;
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
