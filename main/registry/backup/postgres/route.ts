/**
 * Which `vanthu registry` command lines belong to the PostgreSQL backups: `backup` or `restore`
 * with a `--db` that is a postgres:// or postgresql:// URL. Kept free of heavy imports, so
 * main/cli/registry.ts can ask before loading ./cli.ts.
 */
import { looksLikePostgresUrl } from './url';

/** The value of `--db` in `argv` (`--db X` or `--db=X`), if any. */
function dbOption(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--db') return argv[i + 1];
    if (argv[i].startsWith('--db=')) return argv[i].slice(5);
  }
  return undefined;
}

/** True when `argv` (after `registry`) is a backup or restore of a PostgreSQL database. */
export function isPostgresBackupCommand(argv: string[]): boolean {
  const command = argv.find((a, i) => !a.startsWith('-') && !(i > 0 && /^--(db|out|keep)$/.test(argv[i - 1])));
  const db = dbOption(argv);
  return (command === 'backup' || command === 'restore') && db !== undefined && looksLikePostgresUrl(db);
}
