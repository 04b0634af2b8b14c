/** The local host of the HTTP tests, started on temporary folders with a session opened on it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost, type Host } from '../../../main/host/server';
import { openSession } from './http-client';

/** A started test host: the host, the Cookie header of its session, and `stop()` (closes it, removes its folders). */
export interface TestHost {
  host: Host;
  cookie: string;
  stop(): Promise<void>;
}

/**
 * Starts the host on a fresh data folder, serving a renderer folder whose index.html reads
 * "vanthu-app", and opens a session through a launch address.
 */
export async function startTestHost(): Promise<TestHost> {
  const renderer = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-renderer-'));
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body>vanthu-app</body></html>');
  const host = await startHost({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-host-')), rendererDir: renderer });
  const stop = async () => {
    await host.close();
    fs.rmSync(host.ctx.dataDir, { recursive: true, force: true });
    fs.rmSync(renderer, { recursive: true, force: true });
  };
  return { host, cookie: await openSession(host), stop };
}
