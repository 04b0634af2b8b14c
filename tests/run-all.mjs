#!/usr/bin/env node
// The project's one test command (`npm test`): builds dist/ (so tests that spawn `vanthu` run the current
// code), lints, type-checks, runs the vitest suite and, when present, the Playwright end-to-end suite,
// then prints one closing line "N passed, N failed" for CI and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve('test-results');
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
let crashed = false;

/** Runs one step that counts as one test (build, lint, type check). */
function step(name, command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`${name} failed (see above).`);
  }
}

// The build (scripts/build.mjs, esbuild) counts as one test: main, the CLI and the host must bundle.
step('Build', process.execPath, ['scripts/build.mjs']);
// The linter (Biome, biome.json: common, main, renderer, tests, scripts, bin) counts as one test; a warning fails it too.
step('Lint', 'npx', ['biome', 'ci', '--error-on-warnings']);
// The type check counts as one test: main, preload, renderer and tests must type-check.
step('Type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

const vitestJson = path.join(out, 'vitest.json');
const v = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  stdio: 'inherit',
});
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (v.status !== 0 && r.numFailedTests === 0) crashed = true;
} else crashed = true;

const e2eDir = path.resolve('tests/e2e');
if (existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.spec.ts'))) {
  const pwJson = path.join(out, 'playwright.json');
  const p = spawnSync('npx', ['playwright', 'test', '--reporter=list,json'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
  });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    if (p.status !== 0 && s.unexpected === 0) crashed = true;
  } else crashed = true;
}

if (crashed) console.log('A test runner stopped without a report (see the output above).');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed || passed === 0 ? 1 : 0);
