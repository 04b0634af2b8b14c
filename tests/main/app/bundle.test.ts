/**
 * The Electron bundles (dist/electron/main.cjs, preload.cjs) build and load in plain Node with a
 * stand-in electron module: menu set, every channel registered, secure window, preload exposing the API.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { OPERATIONS } from '../../../common/api';
import { OFFICE_CHANNELS } from '../../../common/api/office-bridge';
import { buildElectron } from '../../../scripts/build.mjs';

const fake = path.resolve('tests/main/app/fixtures/fake-electron.cjs');
let out = '';

function load(file: string): string {
  const hook = `const M=require('module');const r=M._resolveFilename;M._resolveFilename=function(n,...a){return n==='electron'?${JSON.stringify(fake)}:r.call(this,n,...a)};require(${JSON.stringify(file)});`;
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bundle-'));
  const r = spawnSync(process.execPath, ['-e', hook], { encoding: 'utf8', env: { ...process.env, VANTHU_DATA: data } });
  fs.rmSync(data, { recursive: true, force: true });
  expect(r.stderr).toBe('');
  return r.stdout;
}

beforeAll(async () => {
  out = await buildElectron();
});

it('main.cjs loads: Vietnamese menu, one channel per operation, secure window on the app:// page', () => {
  const stdout = load(path.join(out, 'main.cjs'));
  expect(stdout).toContain('menu Tệp,Sửa,Xem,Trợ giúp');
  expect(stdout).toContain(`channels ${Object.keys(OPERATIONS).length + Object.keys(OFFICE_CHANNELS).length}`);
  expect(stdout).toMatch(/"contextIsolation":true,"nodeIntegration":false.*"sandbox":true/);
  expect(stdout).toContain('schemes [{"scheme":"app","privileges":{"standard":true,"secure":true');
  expect(stdout).toContain('protocol app');
  expect(stdout).toContain('load app://vanthu/index.html');
});

it('preload.cjs loads and exposes only window.vanthu with every domain and the office bridge', () => {
  const stdout = load(path.join(out, 'preload.cjs'));
  const domains = new Set(Object.keys(OPERATIONS).map((name) => name.split('.')[0])).size;
  expect(domains).toBeGreaterThan(5);
  expect(stdout).toContain(`exposed vanthu,vanthuOffice ${domains}`);
  expect(fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8')).not.toMatch(/require\("(?!electron")[^"]+"\)/);
});
