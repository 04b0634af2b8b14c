/**
 * Builds the renderer (always, so the tests see the current code), starts the local host on a
 * fresh temporary data folder, and publishes its address to the tests through VANTHU_E2E_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRenderer } from '../../main/host/build-renderer';
import { startHost } from '../../main/host/server';

/** Playwright global setup; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // VANTHU_E2E_RENDERER_DIR lets two Playwright runs on one checkout build into separate folders.
  const rendererDir = await ensureRenderer(path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer'), true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-e2e-'));
  const host = await startHost({ dataDir, rendererDir });
  process.env.VANTHU_E2E_URL = host.url;
  process.env.VANTHU_E2E_DATA = dataDir;
  fs.rmSync(path.resolve('test-results/screens'), { recursive: true, force: true });
  return async () => {
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
