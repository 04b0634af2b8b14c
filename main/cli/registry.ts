/**
 * `vanthu registry …`: the registry from the command line, on `--db FILE` (default: the user's
 * data folder). Exit codes: 0 ok, 1 a problem the user can fix (input, disk, folder, permissions;
 * Vietnamese message on stderr), 2 internal error. The database, its files and (for the default
 * data folder) the folder are made private before opening. The subcommands live in main/registry/commands/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { privatiseTree, PRIVATE_FILE_MODE, usePrivateUmask } from '../fs';
import { privatiseDataDir } from '../services/context';
import { RegistryError } from '../registry/errors';
import { backupsOf, openRegistry, restoreRegistry } from '../registry/index';
import { dataDirFor, defaultDbPath } from '../registry/paths';
import { isPostgresBackupCommand } from '../registry/backup/postgres/route';
import { parseStoreLocation } from '../store/location';
import { adminCommand, ADMIN_COMMANDS } from '../registry/commands/admin';
import { bookCommand, BOOK_COMMANDS } from '../registry/commands/books';
import { inCommand } from '../registry/commands/incoming';
import { outCommand } from '../registry/commands/outgoing';
import { CommandError, type Args } from '../registry/commands/args';
import { parseArgsMessage } from './inputs';
import { USAGE } from '../registry/commands/usage';
import { EXIT, reportFailure } from './errors';

const OPTIONS = {
  db: { type: 'string' }, out: { type: 'string', short: 'o' }, reason: { type: 'string' }, attach: { type: 'string', multiple: true },
  overdue: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, book: { type: 'string' }, type: { type: 'string' },
  date: { type: 'string' }, name: { type: 'string' }, issuer: { type: 'string' }, scope: { type: 'string' }, start: { type: 'string' },
  end: { type: 'string' }, last: { type: 'string' }, summary: { type: 'string' }, status: { type: 'string' }, year: { type: 'string' },
  org: { type: 'string' }, reservation: { type: 'string' }, secret: { type: 'boolean' }, 'secret-separate': { type: 'boolean' },
  json: { type: 'boolean' }, user: { type: 'string' }, term: { type: 'string' }, apply: { type: 'boolean' },
} as const;

/** Runs `vanthu registry <argv…>`; prints results on stdout and returns the exit code. */
export async function runRegistry(argv: string[]): Promise<number> {
  usePrivateUmask();
  if (isPostgresBackupCommand(argv)) return (await import('../registry/backup/postgres/cli')).runPostgresBackupCli(argv);
  let args: Args;
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
    args = { ...values, positionals } as Args;
  } catch (e) {
    console.error(`${parseArgsMessage(e) ?? 'Tham số không hợp lệ.'}\n${USAGE}`);
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
  let onPostgres: boolean;
  try {
    // A postgres:// URL opens the registry on that database; any other URL is refused here, never made a file.
    onPostgres = parseStoreLocation(file).engine === 'postgres';
  } catch (e) {
    return report(e, 'Không mở được sổ đăng ký');
  }
  if (!onPostgres) privatiseRegistry(file, args.db === undefined);
  if (command === 'restore') {
    try {
      const src = rest[0];
      if (!src) throw new CommandError('Thiếu tệp sao lưu.');
      const { keptAside } = restoreRegistry(file, src);
      console.log(`Đã khôi phục ${file} từ ${src}.${keptAside ? ` Tệp cũ được giữ lại ở ${keptAside}.` : ''}`);
      return EXIT.ok;
    } catch (e) {
      return report(e, 'Không khôi phục được sổ đăng ký');
    }
  }
  let reg;
  try {
    reg = openRegistry(file, { create: command === 'init', user: args.user, backupOnClose: false, integrityCheck: 'off' });
  } catch (e) {
    return report(e, 'Không mở được sổ đăng ký', file);
  }
  let code: number = EXIT.ok;
  try {
    const a = { ...args, positionals: rest };
    const text = command === 'out' ? await outCommand(reg, a)
      : command === 'in' ? await inCommand(reg, a)
      : BOOK_COMMANDS.includes(command) ? await bookCommand(reg, command, a)
      : await adminCommand(reg, command, a);
    if (text) console.log(text);
  } catch (e) {
    code = report(e, ACTIONS[command] ?? 'Không ghi được vào sổ đăng ký');
  }
  try {
    reg.close();
  } catch (e) {
    // A failed close (full disk at the last checkpoint) is reported unless an earlier error was.
    if (code === EXIT.ok) code = report(e, 'Không đóng được sổ đăng ký');
  }
  return code;
}

/** What each command was doing, for the message of an environment problem. */
const ACTIONS: Record<string, string> = {
  backup: 'Không sao lưu được sổ đăng ký', print: 'Không in được sổ', import: 'Không nhập được sổ cũ',
  search: 'Không tìm được trong sổ đăng ký', init: 'Không tạo được sổ đăng ký',
};

/**
 * Makes the registry's files private before they are opened: the database with its -wal and -shm,
 * and its `<name>-files` folder (stored documents, attachments, backups). The folder holding the
 * database is made 0700 only when it is the default data folder (a --db elsewhere may sit in a
 * folder the user shares on purpose).
 */
function privatiseRegistry(file: string, isDefault: boolean): void {
  if (isDefault) privatiseDataDir(path.dirname(file));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (fs.statSync(f, { throwIfNoEntry: false })?.isFile()) fs.chmodSync(f, PRIVATE_FILE_MODE);
    } catch { /* owned by another account, or a read-only disk: opening will tell */ }
  }
  try { privatiseTree(dataDirFor(file)); } catch { /* same */ }
}

function report(e: unknown, action: string, file?: string): number {
  if (e instanceof RegistryError) {
    console.error(e.message);
    if (e instanceof RegistryError && e.code === 'missing-file') console.error('Tạo sổ mới bằng: vanthu registry init --db <tệp>.');
    if (file && e instanceof RegistryError && ['not-sqlite', 'truncated', 'corrupt', 'empty-file'].includes(e.code)) {
      const backups = backupsOf(file);
      if (backups.length) console.error(`Các bản sao lưu tự động có thể khôi phục (mới nhất cuối):\n  ${backups.slice(-5).join('\n  ')}`);
    }
    return EXIT.user;
  }
  return reportFailure(e, action);
}
