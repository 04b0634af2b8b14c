/**
 * Workstations as separate OS processes for the server's load tests and bench: load-client.ts is
 * bundled once and each client runs in plain Node (tests/helpers/child-clients.ts), signed in as its
 * own văn thư, all started together once every one is signed in.
 */
import { bundledClient, runChildClients } from '../../helpers/child-clients';
import type { LoadClientConfig, LoadClientResult } from './load-client';

export type { Acked, LoadClientConfig, LoadClientResult } from './load-client';

const client = bundledClient({ entry: new URL('./load-client.ts', import.meta.url), name: 'vanthu-load-client' });

/** Removes the bundled client (afterAll). */
export function removeLoadClient(): void {
  client.remove();
}

/** Runs one client process per config, releases them together once all are signed in; resolves with their results. */
export async function runOfficeClients(configs: LoadClientConfig[], onStarted?: () => void): Promise<LoadClientResult[]> {
  return runChildClients<LoadClientResult>(await client.script(), configs.map((cfg) => [JSON.stringify(cfg)]), 'client', onStarted);
}
