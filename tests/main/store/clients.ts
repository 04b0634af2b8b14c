/**
 * Runs numbering clients (counter-client.ts) as separate OS processes against one database, started
 * together, and collects what each took: used by the counter test and the store bench. The client is
 * bundled once and run by plain Node (tests/helpers/child-clients.ts).
 */
import { bundledClient, runChildClients } from '../../helpers/child-clients';

const client = bundledClient({ entry: new URL('./counter-client.ts', import.meta.url), name: 'vanthu-counter-client', external: ['better-sqlite3'] });

/** Removes the bundled client (call it in afterAll: a test worker may be ended without its exit handlers). */
export function removeClientScript(): void {
  client.remove();
}

/** What one client took: its numbers, in order, and the milliseconds of each allocation. */
export interface ClientResult { numbers: number[]; ms: number[] }

/** Runs `clients` processes each taking `count` numbers of `key` from `location`; resolves with their results. */
export async function runClients(location: string, key: string, clients: number, count: number): Promise<ClientResult[]> {
  const args = Array.from({ length: clients }, () => [location, key, String(count)]);
  return runChildClients<ClientResult>(await client.script(), args);
}
