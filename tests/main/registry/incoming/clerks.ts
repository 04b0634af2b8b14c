/**
 * Runs incoming clerks (clerk-client.ts) as separate OS processes against one registry, started
 * together, and collects the số đến each was given. The client is bundled once and run by plain Node
 * (tests/helpers/child-clients.ts), as tests/main/store/clients.ts does.
 */
import { bundledClient, REGISTRY_CLIENT_EXTERNAL, runChildClients } from '../../../helpers/child-clients';

const clerk = bundledClient({ entry: new URL('./clerk-client.ts', import.meta.url), name: 'vanthu-incoming-clerk', external: REGISTRY_CLIENT_EXTERNAL });

/** Removes the bundled clerk (call it in afterAll). */
export function removeClerkScript(): void {
  clerk.remove();
}

/** Runs `clerks` processes each registering `count` documents on `location`; resolves with the số đến of each. */
export async function runClerks(location: string, dataDir: string, clerks: number, count: number): Promise<number[][]> {
  const args = Array.from({ length: clerks }, (_, k) => [location, dataDir, `van-thu-${k + 1}`, String(count)]);
  const results = await runChildClients<{ serials: number[] }>(await clerk.script(), args, 'clerk');
  return results.map((r) => r.serials);
}
