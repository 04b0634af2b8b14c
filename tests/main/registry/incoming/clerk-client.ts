/**
 * One clerk of the concurrent incoming test, run as its own OS process (bundled by clerks.ts):
 *   node clerk.mjs <--db value> <data folder> <clerk name> <count>
 * Opens the registry (openRegistry, as the CLI does), prints "ready", waits for a line on stdin (so all clerks start together),
 * registers <count> incoming documents of the same book and year, each in its own transaction, then
 * prints one JSON line: the số đến it was given, in order.
 */
import { createInterface } from 'node:readline';
import { openRegistry } from '../../../../main/registry/index';

const [location, dataDir, clerk, count] = process.argv.slice(2);
const reg = openRegistry(location, { user: clerk, dataDir, dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const serials: number[] = [];
for (let i = 0; i < Number(count); i++) {
  serials.push(reg.addIncoming({
    receivedDate: '2026-03-10', sender: 'Đảng ủy Khối các cơ quan tỉnh', senderNumber: `${i + 1}-CV/ĐUK`,
    summary: `Công văn số ${i + 1} của ${clerk} về công tác Đảng`,
  }).serial);
}
reg.close();
process.stdout.write(`${JSON.stringify({ serials })}\n`);
