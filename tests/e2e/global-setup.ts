/**
 * Builds the renderer (always, so the tests see the current code), starts the local host on a
 * fresh temporary data folder, opens a session with its one-time launch address (as the browser
 * the launcher opens would) and saves the session cookie as the Playwright storage state every
 * browser context of the run starts with. The host's address reaches the tests through
 * VANTHU_E2E_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRenderer } from '../../main/host/build-renderer';
import { startHost } from '../../main/host/server';
import { storageStatePath } from './helpers';

/** Exchanges a launch address for the session cookie, as Playwright storage state. */
async function sessionState(launchUrl: string): Promise<object> {
  const res = await fetch(launchUrl, { redirect: 'manual' });
  const set = res.headers.get('set-cookie') ?? '';
  const [pair = ''] = set.split(';');
  const eq = pair.indexOf('=');
  if (res.status !== 303 || eq < 0) throw new Error(`the host refused its launch address (${res.status})`);
  return {
    cookies: [{
      name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: '127.0.0.1', path: '/',
      expires: -1, httpOnly: true, secure: false, sameSite: 'Strict',
    }],
    origins: [],
  };
}

/** Playwright global setup; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // VANTHU_E2E_RENDERER_DIR lets two Playwright runs on one checkout build into separate folders.
  const rendererDir = await ensureRenderer(path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer'), true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-e2e-'));
  const host = await startHost({ dataDir, rendererDir });
  process.env.VANTHU_E2E_URL = host.url;
  process.env.VANTHU_E2E_DATA = dataDir;
  const state = storageStatePath();
  fs.writeFileSync(state, JSON.stringify(await sessionState(host.launchUrl())), { mode: 0o600 });
  fs.rmSync(path.resolve('test-results/screens'), { recursive: true, force: true });
  return async () => {
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(state, { force: true });
  };
}
