/**
 * `vanthu registry …`: the registry from the command line, on `--db FILE` (default: the user's
 * data folder). Exit codes: 0 ok, 1 user error (Vietnamese message on stderr), 2 internal error.
 * The subcommands live in main/registry/commands/.
 */
import { parseArgs } from 'node:util';
import { RegistryError } from '../registry/errors';
import { backupsOf, openRegistry, restoreRegistry } from '../registry/index';
import { defaultDbPath } from '../registry/paths';
import { adminCommand, ADMIN_COMMANDS } from '../registry/commands/admin';
import { bookCommand, BOOK_COMMANDS } from '../registry/commands/books';
import { inCommand } from '../registry/commands/incoming';
import { outCommand } from '../registry/commands/outgoing';
import { CommandError, type Args } from '../registry/commands/args';
import { USAGE } from '../registry/commands/usage';
import { EXIT, UserError } from './errors';

const OPTIONS = {
  db: { type: 'string' }, out: { type: 'string', short: 'o' }, reason: { type: 'string' }, attach: { type: 'string', multiple: true },
  overdue: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, book: { type: 'string' }, type: { type: 'string' },
  date: { type: 'string' }, name: { type: 'string' }, issuer: { type: 'string' }, scope: { type: 'string' }, start: { type: 'string' },
  end: { type: 'string' }, last: { type: 'string' }, summary: { type: 'string' }, status: { type: 'string' }, year: { type: 'string' },
  org: { type: 'string' }, reservation: { type: 'string' }, secret: { type: 'boolean' }, 'secret-separate': { type: 'boolean' },
  json: { type: 'boolean' }, user: { type: 'string' }, term: { type: 'string' },
} as const;

/** Runs `vanthu registry <argv…>`; prints results on stdout and returns the exit code. */
export async function runRegistry(argv: string[]): Promise<number> {
  let args: Args;
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
    args = { ...values, positionals } as Args;
  } catch (e) {
    console.error(`Tham số không hợp lệ: ${(e as Error).message}\n${USAGE}`);
    return EXIT.user;
  }
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help') {
    console.log(USAGE);
    return command ? EXIT.ok : EXIT.user;
  }
  const known = ['out', 'in', ...BOOK_COMMANDS, ...ADMIN_COMMANDS];
  if (!known.includes(command)) {
    console.error(`Không có lệnh "registry ${command}".\n${USAGE}`);
    return EXIT.user;
  }
  const file = args.db ?? defaultDbPath();
  if (command === 'restore') {
    try {
      const src = rest[0];
      if (!src) throw new CommandError('Thiếu tệp sao lưu.');
      const { keptAside } = restoreRegistry(file, src);
      console.log(`Đã khôi phục ${file} từ ${src}. Tệp cũ được giữ lại ở ${keptAside}.`);
      return EXIT.ok;
    } catch (e) {
      return report(e);
    }
  }
  let reg;
  try {
    reg = openRegistry(file, { create: command === 'init', user: args.user, backupOnClose: false });
  } catch (e) {
    return report(e, file);
  }
  try {
    const a = { ...args, positionals: rest };
    const text = command === 'out' ? await outCommand(reg, a)
      : command === 'in' ? await inCommand(reg, a)
      : BOOK_COMMANDS.includes(command) ? await bookCommand(reg, command, a)
      : await adminCommand(reg, command, a);
    if (text) console.log(text);
    return EXIT.ok;
  } catch (e) {
    return report(e);
  } finally {
    reg.close();
  }
}

function report(e: unknown, file?: string): number {
  if (e instanceof RegistryError || e instanceof CommandError || e instanceof UserError) {
    console.error(e.message);
    if (e instanceof RegistryError && e.code === 'missing-file') console.error('Tạo sổ mới bằng: vanthu registry init --db <tệp>.');
    if (file && e instanceof RegistryError && ['not-sqlite', 'truncated', 'corrupt', 'empty-file'].includes(e.code)) {
      const backups = backupsOf(file);
      if (backups.length) console.error(`Các bản sao lưu tự động có thể khôi phục (mới nhất cuối):\n  ${backups.slice(-5).join('\n  ')}`);
    }
    return EXIT.user;
  }
  console.error(`Lỗi nội bộ của vanthu (hãy báo cho người quản trị): ${(e as Error).message}`);
  return EXIT.internal;
}
