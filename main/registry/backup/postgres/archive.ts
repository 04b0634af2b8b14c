/**
 * Checking a dump file without a database: `pg_restore --list` reads its table of contents, then
 * `pg_restore -f /dev/null` reads it to the end (every data block decompressed), because a custom
 * format archive keeps its table of contents at the start and still lists when its end is cut off.
 * Also the SHA-256 of a file, recorded in the manifest.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { PostgresTool } from './tools';
import { runTool, stderrTail } from './run-tool';

/** What the check of an archive found. */
export interface ArchiveCheck {
  /** True when both reads succeeded. */
  ok: boolean;
  /** Number of TABLE DATA entries in its table of contents. */
  tableData: number;
  /** pg_restore's words when it failed. */
  problem: string;
}

/** Reads `file` with `pgRestore` twice (table of contents, then the whole archive); never throws for a bad archive. */
export async function checkArchive(file: string, pgRestore: PostgresTool): Promise<ArchiveCheck> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const list = await runTool(pgRestore.path, ['--list', file], { env, keepStdout: true });
  if (list.code !== 0) return { ok: false, tableData: 0, problem: stderrTail(list.stderr) || `mã ${list.code ?? list.signal}` };
  const tableData = list.stdout.split('\n').filter((l) => /^\d+;.* TABLE DATA /.test(l)).length;
  const whole = await runTool(pgRestore.path, ['-f', os.devNull, file], { env });
  if (whole.code !== 0) return { ok: false, tableData, problem: stderrTail(whole.stderr) || `mã ${whole.code ?? whole.signal}` };
  return { ok: true, tableData, problem: '' };
}

/** SHA-256 (hex) and size of `file`, streamed. */
export async function fileDigest(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
