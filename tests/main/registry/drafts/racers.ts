/**
 * Runs drafts clients (racer-client.ts) as separate OS processes against one registry: each opens it,
 * says it is ready, and all are told to go together. Bundled once and run by plain Node
 * (tests/helpers/child-clients.ts), as the incoming clerks are (../incoming/clerks.ts).
 */
import { bundledClient, REGISTRY_CLIENT_EXTERNAL, startChildClients } from '../../../helpers/child-clients';

const racer = bundledClient({ entry: new URL('./racer-client.ts', import.meta.url), name: 'vanthu-drafts-racer', external: REGISTRY_CLIENT_EXTERNAL });

/** Removes the bundled client (call it in afterAll). */
export function removeRacerScript(): void {
  racer.remove();
}

/** A started client: `go()` lets it run, `done` is its JSON answer. */
export interface Racer { go(): void; done: Promise<unknown> }

/** Starts one client per argument list (after `<location> <dataDir>`); resolves once all are ready. */
export async function startRacers(location: string, dataDir: string, argLists: string[][]): Promise<Racer[]> {
  return startChildClients<unknown>(await racer.script(), argLists.map((args) => [location, dataDir, ...args]));
}
