/**
 * Runs desk clerks (desk-client.ts) as separate OS processes against one registry, started together,
 * and collects what each reports. The client is bundled once and run by plain Node
 * (tests/helpers/child-clients.ts), as tests/main/registry/incoming/clerks.ts does.
 */
import { bundledClient, REGISTRY_CLIENT_EXTERNAL, runChildClients } from '../../helpers/child-clients';

const clerk = bundledClient({ entry: new URL('./desk-client.ts', import.meta.url), name: 'vanthu-desk-clerk', external: REGISTRY_CLIENT_EXTERNAL });

/** Removes the bundled clerk (call it in afterAll). */
export function removeDeskClerkScript(): void {
  clerk.remove();
}

/** What a desk clerk reports: groups it made, names refused as taken. */
export interface DeskClerkResult { made: number; conflicts: number }

/** Runs `clerks` processes each doing `count` rounds of desk work on `location`; resolves with each one's report. */
export async function runDeskClerks(location: string, dataDir: string, clerks: number, count: number, bookId: number, entryId: number): Promise<DeskClerkResult[]> {
  const args = Array.from({ length: clerks }, (_, k) => [location, dataDir, `van-thu-${k + 1}`, String(count), String(bookId), String(entryId)]);
  return runChildClients<DeskClerkResult>(await clerk.script(), args, 'clerk');
}
