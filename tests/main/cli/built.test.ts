/**
 * The built `vanthu` (bin/vanthu.cjs → dist/node/cli-document.cjs for templates, new and export,
 * cli.cjs for the others, each with its V8 code cache) gives the same DOCX, byte for byte, as the sources
 * run in this process, with the cache missing, in use, damaged or in a folder that is not private; the
 * cache is private (0700/0600) and keyed by the bundle's size and CRC-32.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, NODE_OUT } from '../../../scripts/build.mjs';
import { vanthu as inProcess } from './run';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-built-'));
const draft = path.join(dir, 'du-thao.json');

/** Runs the built command with the code cache in `cache`. */
function built(cache: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.resolve('bin/vanthu.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, VANTHU_CACHE_DIR: cache } });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r;
}

/** Exports the draft with the built command; returns the DOCX bytes. */
function builtExport(cache: string, name: string): Buffer {
  built(cache, 'export', draft, '-o', path.join(dir, name));
  return readFileSync(path.join(dir, name));
}

/** The bundle of the document commands (templates, new, export). */
const DOCUMENT_BUNDLE = 'cli-document.cjs';

/** The launcher's code cache helpers (bin/code-cache.cjs). */
const codeCache = createRequire(import.meta.url)('../../../bin/code-cache.cjs') as { bundleKey(bytes: Buffer): string; checksum(bytes: Buffer): Buffer };

const hashOfBundle = () => codeCache.bundleKey(readFileSync(path.join(NODE_OUT, DOCUMENT_BUNDLE)));

/** True when a cache file holds its header (bin/code-cache.cjs) and the CRC-32 of the rest. */
function isWhole(file: string): boolean {
  const bytes = readFileSync(file);
  const head = 'vanthu-v8-cache-2\n'.length;
  return bytes.length > head + 4 && codeCache.checksum(bytes.subarray(head + 4)).equals(bytes.subarray(head, head + 4));
}

const cacheFiles = (cache: string) => readdirSync(path.join(cache, 'code')).filter((f) => f.endsWith('.v8'));

let reference: Buffer;

beforeAll(async () => {
  await ensureBuilt();
  const made = await inProcess('new', 'nghi-quyet', '--number', '04', '--date', '06/3/2026', '-o', draft);
  expect(made.status, made.stderr).toBe(0);
  const out = path.join(dir, 'dev.docx');
  const r = await inProcess('export', draft, '-o', out);
  expect(r.status, r.stderr).toBe(0);
  reference = readFileSync(out);
}, 120_000);

describe('the built vanthu', () => {
  it('exports the same bytes as the sources, without and then with its code cache', () => {
    const cache = path.join(dir, 'cache-a');
    expect(builtExport(cache, 'first.docx').equals(reference)).toBe(true);
    const [file] = cacheFiles(cache);
    expect(file).toBeDefined();
    const bundleHash = hashOfBundle();
    expect(file).toContain(`${DOCUMENT_BUNDLE}-export-${bundleHash}-`);
    if (process.platform !== 'win32') {
      expect(statSync(path.join(cache, 'code')).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(cache, 'code', file)).mode & 0o777).toBe(0o600);
    }
    const written = statSync(path.join(cache, 'code', file)).mtimeMs;
    expect(builtExport(cache, 'second.docx').equals(reference)).toBe(true);
    // (Unless a source edited meanwhile made the command rebuild: then a new bundle has a new cache.)
    if (bundleHash === hashOfBundle()) expect(statSync(path.join(cache, 'code', file)).mtimeMs, 'a good cache is used, not written again').toBe(written);
  }, 180_000);

  it('ignores a damaged cache file, still exports the same bytes, and writes a good one', () => {
    const cache = path.join(dir, 'cache-b');
    builtExport(cache, 'b1.docx');
    const file = path.join(cache, 'code', cacheFiles(cache)[0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] ^= 0xff;
    writeFileSync(file, bytes);
    expect(isWhole(file)).toBe(false);
    expect(builtExport(cache, 'b2.docx').equals(reference)).toBe(true);
    const files = cacheFiles(cache).map((f) => path.join(cache, 'code', f));
    expect(files.length).toBe(1);
    expect(files.every(isWhole), 'the damaged file was replaced by a good one').toBe(true);
    expect(builtExport(cache, 'b3.docx').equals(reference)).toBe(true);
  }, 180_000);

  it.skipIf(process.platform === 'win32')('neither reads nor writes a cache in a folder others can open', () => {
    const cache = path.join(dir, 'cache-c');
    mkdirSync(path.join(cache, 'code'), { recursive: true });
    chmodSync(path.join(cache, 'code'), 0o755);
    expect(builtExport(cache, 'c.docx').equals(reference)).toBe(true);
    expect(cacheFiles(cache)).toEqual([]);
  }, 180_000);

  it('lists the templates with the cache of another command beside', () => {
    const cache = path.join(dir, 'cache-a');
    expect(built(cache, 'templates').stdout).toMatch(/^nghi-quyet\s+Nghị quyết$/m);
    expect(cacheFiles(cache).some((f) => f.startsWith(`${DOCUMENT_BUNDLE}-templates-`))).toBe(true);
  }, 180_000);

  it('runs the other commands from the whole CLI, with a cache of their own', () => {
    const cache = path.join(dir, 'cache-a');
    expect(built(cache, 'registry', 'help').stdout).toMatch(/vanthu registry/);
    expect(cacheFiles(cache).some((f) => f.startsWith('cli.cjs-registry-'))).toBe(true);
  }, 180_000);

  it.each(['cli.cjs', DOCUMENT_BUNDLE])('%s is an ASCII classic script whose imports of ES modules go through the loader', (name) => {
    const bundle = readFileSync(path.join(NODE_OUT, name));
    expect(bundle.every((b) => b < 0x80)).toBe(true);
    expect(bundle.toString('latin1')).not.toMatch(/\bimport\(/);
  });
});
