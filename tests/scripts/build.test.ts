/**
 * The build keeps start-up light: what `vanthu templates` and the local host load at start (the static
 * imports of their entry points, as esbuild bundles them with the build's own externals) holds none of
 * the heavy packages, which load only for the command or request that uses them; and the launchers'
 * freshness check sees the current build as fresh.
 */
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { EXTERNAL, NODE_OUT, ROOT, ensureBuilt, isBuildFresh } from '../../scripts/build.mjs';

/** The packages (by node_modules folder) an entry point loads before it runs. */
async function startupPackages(entry: string): Promise<Set<string>> {
  const r = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', write: false, outdir: 'out', external: EXTERNAL, metafile: true, logLevel: 'silent' });
  const inputs = r.metafile.inputs;
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of inputs[file]?.imports ?? []) if (i.kind !== 'dynamic-import' && !i.external) stack.push(i.path);
  }
  const packages = new Set<string>();
  for (const file of seen) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (m) packages.add(m[1]);
  }
  return packages;
}

it('`vanthu templates` starts without the exporter, Excel, PDF, SQLite or the document model', async () => {
  const packages = await startupPackages('main/cli/index.ts');
  expect(packages.has('zod')).toBe(true);
  for (const heavy of ['docx', '@xmldom/xmldom', 'exceljs', 'pdf-lib', '@pdf-lib/fontkit', 'better-sqlite3', 'prosemirror-model', 'csv-parse', 'saxes', 'fflate']) {
    expect(packages, heavy).not.toContain(heavy);
  }
});

it('the local host starts without the exporter, Excel and PDF libraries', async () => {
  const packages = await startupPackages('main/host/cli.ts');
  expect(packages.has('zod')).toBe(true);
  for (const heavy of ['docx', '@xmldom/xmldom', 'exceljs', 'pdf-lib', '@pdf-lib/fontkit', 'csv-parse', 'saxes']) expect(packages, heavy).not.toContain(heavy);
});

it('the document commands\' bundle holds none of the registry, server, Word-import or check code', async () => {
  await ensureBuilt();
  const whole = readFileSync(path.join(NODE_OUT, 'cli.cjs'), 'latin1');
  const document = readFileSync(path.join(NODE_OUT, 'cli-document.cjs'), 'latin1');
  // Module paths esbuild names lazily loaded modules by ("main/registry/…"()) and words of each command.
  for (const other of ['main/registry/', 'main/server/', 'main/docx-in/', 'main/cli/registry.ts', 'main/cli/check-command.ts', 'node_modules/kysely/']) {
    expect(whole, other).toContain(other);
    expect(document, other).not.toContain(other);
  }
  for (const ours of ['main/cli/document.ts', 'main/export/docx/', 'main/templates/index.ts']) expect(document, ours).toContain(ours);
  expect(document.length).toBeLessThan(whole.length * 0.65);
  // `import * as z from 'zod'` lets esbuild keep only the zod functions used; `import { z }` builds zod's
  // whole namespace object at start-up, with modules no command uses (from-json-schema among them).
  expect(document).not.toContain('zod/v4/classic/from-json-schema');
  // docx/shapes (420 KB, evaluated at start) is not used: the one drawing is written with docx core (brace.ts).
  expect(document).not.toContain('node_modules/docx/dist/shapes.mjs');
}, 120_000);

it('every command the launcher sends to the document bundle is one that bundle runs', async () => {
  await ensureBuilt();
  const { DOCUMENT_COMMANDS } = createRequire(import.meta.url)('../../bin/built.cjs') as { DOCUMENT_COMMANDS: Set<string> };
  expect([...DOCUMENT_COMMANDS].sort()).toEqual(['export', 'new', 'templates']);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'vanthu-bundle-'));
  try {
    for (const command of DOCUMENT_COMMANDS) {
      // Without its arguments a known command asks for them (or lists the templates); an unknown one says so.
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vanthu.cjs'), command], { encoding: 'utf8', env: { ...process.env, VANTHU_CACHE_DIR: cache } });
      expect(`${r.stdout}${r.stderr}`, command).not.toContain('Không có lệnh');
      expect(r.status, command).toBe(command === 'templates' ? 0 : 1);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}, 120_000);

it('a build of the current sources is fresh for the launchers', async () => {
  await ensureBuilt();
  expect(isBuildFresh('node')).toBe(true);
});
