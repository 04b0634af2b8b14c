/**
 * The build keeps start-up light: what `vanthu templates` and the local host load at start (the static
 * imports of their entry points, as esbuild bundles them with the build's own externals) holds none of
 * the heavy packages, which load only for the command or request that uses them; and the launchers'
 * freshness check sees the current build as fresh.
 */
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
}, 120_000);

it('a build of the current sources is fresh for the launchers', async () => {
  await ensureBuilt();
  expect(isBuildFresh('node')).toBe(true);
});
