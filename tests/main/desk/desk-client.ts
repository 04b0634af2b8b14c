/**
 * One clerk of the concurrent desk test, run as its own OS process (bundled by desk-clients.ts):
 *   node desk-clerk.mjs <--db value> <data folder> <clerk name> <count> <book id> <entry id>
 * Opens the registry, prints "ready", waits for a line on stdin (so all clerks start together), then
 * <count> times: counts a use of one sender, routes the shared incoming entry, numbers an outgoing
 * document with a recipient, tries to create the group "Nhóm <i>" (one clerk wins, the others must be
 * refused with 'conflict'), and syncs the Nơi nhận book. Prints one JSON line: groups made, conflicts.
 */
import { createInterface } from 'node:readline';
import { RegistryError } from '../../../main/registry/errors';
import { openRegistry } from '../../../main/registry/index';

const [location, dataDir, clerk, count, bookId, entryId] = process.argv.slice(2);
const reg = openRegistry(location, { user: clerk, dataDir, dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
let made = 0;
let conflicts = 0;
for (let i = 0; i < Number(count); i++) {
  reg.desk.touchSender('Ban Tổ chức Tỉnh ủy');
  reg.desk.route(Number(entryId), { unit: clerk, deadline: '2026-03-20' });
  reg.registerNumber(Number(bookId), { typeCode: 'CV', date: '2021-03-06', summary: `Công văn ${i} của ${clerk}`, recipients: ['- Các huyện ủy,'] });
  try {
    reg.desk.recipients.saveGroup({ name: `Nhóm ${i}`, purpose: 'để biết', lines: ['Huyện ủy Lý Nhân', `Dòng của ${clerk}`] });
    made++;
  } catch (e) {
    if (!(e instanceof RegistryError && e.code === 'conflict')) throw e;
    conflicts++;
  }
  reg.desk.recipients.book({ lines: ['Ban Bí thư Trung ương Đảng'], groups: [] });
}
reg.close();
process.stdout.write(`${JSON.stringify({ made, conflicts })}\n`);
