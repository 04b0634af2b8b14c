/**
 * Which `vanthu registry` command lines belong to the PostgreSQL backups: `backup` or `restore`
 * whose `--db` is a PostgreSQL database by the one `--db` parser (main/store/location.ts). Kept
 * free of heavy imports, so main/cli/registry.ts can ask before loading ./cli.ts.
 */
import { parseStoreLocation } from '../../../store/location';

/** The value of `--db` in `argv` (`--db X` or `--db=X`), if any. */
function dbOption(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--db') return argv[i + 1];
    if (argv[i].startsWith('--db=')) return argv[i].slice(5);
  }
  return undefined;
}

/** The command word of `argv` (after `registry`): its first word that is neither an option nor an option's value. */
export function commandOf(argv: string[]): string | undefined {
  return argv.find((a, i) => !a.startsWith('-') && !(i > 0 && /^(--db|--out|-o|--keep|--tep|--khoa|--data-dir|--user)$/.test(argv[i - 1])));
}

/**
 * True when `argv` (after `registry`) is a backup or restore of a PostgreSQL database, or a
 * `move-in` (always into PostgreSQL: its own command line, main/registry/move-in/cli.ts).
 */
export function isPostgresBackupCommand(argv: string[]): boolean {
  const command = commandOf(argv);
  if (command === 'move-in') return true;
  const db = dbOption(argv);
  if ((command !== 'backup' && command !== 'restore') || db === undefined) return false;
  try {
    return parseStoreLocation(db).engine === 'postgres';
  } catch {
    return /^postgres(ql)?:/i.test(db.trim()); // a malformed PostgreSQL URL: ./cli.ts says what is wrong with it
  }
}
