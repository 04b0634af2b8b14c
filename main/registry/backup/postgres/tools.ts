/**
 * Finding PostgreSQL's client tools as Debian installs them: `/usr/lib/postgresql/<major>/bin/`
 * (package postgresql-client-<major>; several versions may sit side by side). pg_dump must be of the
 * server's major version or newer (an older pg_dump refuses a newer server); the newest installed is
 * taken. pg_restore must read the archive format of the pg_dump that wrote the dump: the newest is
 * taken too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RegistryError } from '../../errors';

/** Where Debian installs the versions of PostgreSQL's programs. */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/** A tool found: its path and major version. */
export interface PostgresTool {
  /** Absolute path of the program. */
  path: string;
  /** Major version (the folder name). */
  major: number;
}

/** Installed copies of `tool` under `root`, newest first. */
export function installedTools(tool: 'pg_dump' | 'pg_restore', root = DEBIAN_POSTGRES_ROOT): PostgresTool[] {
  let versions: string[];
  try {
    versions = fs.readdirSync(root);
  } catch {
    return [];
  }
  return versions.filter((v) => /^\d+(\.\d+)?$/.test(v))
    .map((v) => ({ path: path.join(root, v, 'bin', tool), major: Number(v) }))
    .filter((t) => isExecutable(t.path))
    .sort((a, b) => b.major - a.major);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The newest installed `tool` whose major version is at least `minMajor`; a Vietnamese
 * RegistryError when none is installed, or only older ones (naming the Debian package to install).
 */
export function findTool(tool: 'pg_dump' | 'pg_restore', minMajor: number, root = DEBIAN_POSTGRES_ROOT): PostgresTool {
  const all = installedTools(tool, root);
  const pkg = `postgresql-client-${Math.ceil(minMajor)}`;
  if (all.length === 0) {
    throw new RegistryError('not-implemented', `Không tìm thấy chương trình ${tool} của PostgreSQL (trong ${root}/<phiên bản>/bin). Hãy cài gói ${pkg} của Debian (sudo apt-get install ${pkg}) rồi thử lại.`);
  }
  const ok = all.find((t) => t.major >= minMajor);
  if (!ok) {
    throw new RegistryError('not-implemented', `Máy chủ PostgreSQL chạy phiên bản ${minMajor}, nhưng ${tool} trên máy này chỉ có phiên bản ${all.map((t) => t.major).join(', ')}: ${tool} cũ hơn máy chủ không dùng được. Hãy cài gói ${pkg} (hoặc mới hơn) của Debian rồi thử lại.`);
  }
  return ok;
}
