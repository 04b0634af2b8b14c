/**
 * Checking a dump file without a database: `pg_restore --list` reads its table of contents, then
 * `pg_restore -f /dev/null` reads it to the end (every data block decompressed), because a custom
 * format archive keeps its table of contents at the start and still lists when its end is cut off.
 * Also the values its sequences will be set to (sequences are not transactional: pg_dump reads
 * them when it reaches them, not in the snapshot, so the manifest takes them from the archive
 * itself), and the SHA-256 of a file, recorded in the manifest.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePrivateTempDir } from '../../../fs/temp-dir';
import type { SequenceSummary } from './manifest';
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
  /** Its table of contents (the output of `pg_restore --list`). */
  list: string;
}

/** Reads `file` with `pgRestore` twice (table of contents, then the whole archive); never throws for a bad archive. */
export async function checkArchive(file: string, pgRestore: PostgresTool): Promise<ArchiveCheck> {
  const list = await runTool(pgRestore.path, ['--list', file], { env: plainEnv(), keepStdout: true });
  if (list.code !== 0) return { ok: false, tableData: 0, problem: stderrTail(list.stderr) || `mã ${list.code ?? list.signal}`, list: '' };
  const tableData = list.stdout.split('\n').filter((l) => /^\d+;.* TABLE DATA /.test(l)).length;
  const whole = await runTool(pgRestore.path, ['-f', os.devNull, file], { env: plainEnv() });
  if (whole.code !== 0) return { ok: false, tableData, problem: stderrTail(whole.stderr) || `mã ${whole.code ?? whole.signal}`, list: list.stdout };
  return { ok: true, tableData, problem: '', list: list.stdout };
}

/** The environment of a pg_restore that reads a file only. */
function plainEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}

/** Splits a qualified name as pg_dump writes it (`public.so_di_id_seq`, `"Sổ"."a""b"`) into its parts. */
function identifierParts(qualified: string): string[] {
  const parts: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^."]+)/g;
  for (const m of qualified.matchAll(re)) parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return parts;
}

/**
 * The sequence values written in the archive (its SEQUENCE SET entries, `SELECT
 * pg_catalog.setval('schema.name', value, is_called)`), read through a list file naming only them.
 */
export async function archiveSequences(file: string, list: string, pgRestore: PostgresTool): Promise<SequenceSummary[]> {
  const entries = list.split('\n').filter((l) => /^\d+;.* SEQUENCE SET /.test(l));
  if (entries.length === 0) return [];
  const dir = makePrivateTempDir('vanthu-pg-list-');
  try {
    const only = path.join(dir, 'sequences.list');
    fs.writeFileSync(only, `${entries.join('\n')}\n`, { mode: 0o600 });
    const r = await runTool(pgRestore.path, ['-L', only, '-f', '-', file], { env: plainEnv(), keepStdout: true });
    if (r.code !== 0) throw new Error(`pg_restore -L: ${stderrTail(r.stderr)}`);
    const out: SequenceSummary[] = [];
    for (const m of r.stdout.matchAll(/^SELECT pg_catalog\.setval\('((?:[^']|'')+)', (-?\d+), (true|false)\);$/gm)) {
      const [schema, name] = identifierParts(m[1].replace(/''/g, "'"));
      out.push({ schema, name, lastValue: m[2], isCalled: m[3] === 'true' });
    }
    return out.sort((a, b) => (a.schema === b.schema ? compareBytes(a.name, b.name) : compareBytes(a.schema, b.schema)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Byte order of two names (as `COLLATE "C"`). */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
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
