/** Child of temp-dir.test.ts: makes a private temporary folder, writes a secret in it, prints the folder, then waits to be killed. */
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateTempDir } from '../../../main/fs/temp-dir';

const [prefix, tmp] = process.argv.slice(2);
const dir = makePrivateTempDir(prefix, tmp);
fs.writeFileSync(path.join(dir, 'secret.db'), 'bản sao sổ đăng ký', { mode: 0o600 });
process.stdout.write(`${dir}\n`);
setInterval(() => {}, 1000);
