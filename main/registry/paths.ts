/** Where the registry keeps its files: the database, stored documents and backups. */
import os from 'node:os';
import path from 'node:path';

/**
 * Default database path in the user's data folder: `%APPDATA%\vanthu\vanthu.db` on Windows,
 * `~/Library/Application Support/vanthu/vanthu.db` on macOS, `$XDG_DATA_HOME/vanthu/vanthu.db`
 * (default `~/.local/share/vanthu/vanthu.db`) elsewhere.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  const home = os.homedir();
  let base: string;
  if (platform === 'win32') base = env.APPDATA || path.join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = path.join(home, 'Library', 'Application Support');
  else base = env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  return path.join(base, 'vanthu', 'vanthu.db');
}

/** The data folder that goes with a database file: `<dir>/<name>-files` (stored DOCX, attachments). */
export function dataDirFor(dbPath: string): string {
  const abs = path.resolve(dbPath);
  return path.join(path.dirname(abs), `${path.basename(abs, path.extname(abs))}-files`);
}

/** The default folder of automatic backups of a database. */
export function backupDirFor(dbPath: string): string {
  return path.join(dataDirFor(dbPath), 'backups');
}
