/**
 * One client of the concurrent drafts test (racers.ts), run as its own OS process:
 *   node racer.mjs <--db value> <data folder> <user> <action> <draft id> <client> [<revision> <text>]
 * Opens the registry, prints "ready", waits for a line on stdin (so the clients start together), then
 * either saves the draft from <revision> as window <client> (action "save") or asks for its edit
 * lease (action "lease"), and prints one JSON line: its user and what the registry answered.
 */
import { createInterface } from 'node:readline';
import { openRegistry } from '../../../../main/registry/index';

const [location, dataDir, user, action, id, client, revision, text] = process.argv.slice(2);
const reg = openRegistry(location, { user, dataDir, dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const answer = action === 'save'
  ? reg.drafts.save(id, { title: 'Nghị quyết', doc: { text } }, 'auto', { revision: Number(revision), client })
  : reg.acquireDraftLease(id, client);
reg.close();
process.stdout.write(`${JSON.stringify({ user, answer })}\n`);
