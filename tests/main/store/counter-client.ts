/**
 * One client of the numbering tests and bench, run as its own OS process (bundled by clients.ts):
 *   node client.mjs <--db value> <sequence key> <count>
 * Opens the store, prints "ready", waits for a line on stdin (so all clients start together), takes
 * <count> numbers, each in its own transaction, then prints one JSON line: the numbers and the
 * milliseconds each allocation took.
 */
import { createInterface } from 'node:readline';
import { allocate, ensureCounters, openStore } from '../../../main/store';

const [location, key, count] = process.argv.slice(2);
const store = openStore(location);
ensureCounters(store);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const numbers: number[] = [];
const ms: number[] = [];
for (let i = 0; i < Number(count); i++) {
  const t = performance.now();
  numbers.push(allocate(store, key));
  ms.push(performance.now() - t);
}
store.close();
process.stdout.write(`${JSON.stringify({ numbers, ms })}\n`);
