/** `npm start`'s decision: Electron when its binary is there, otherwise a reason to fall back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeElectron } from '../../../main/app/electron-probe';
import { parseHostArgs } from '../../../main/host/cli';

const roots: string[] = [];

/** A project root whose electron package's index.js has the given body. */
function fakeRoot(indexJs: string | null): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-probe-'));
  roots.push(root);
  if (indexJs !== null) {
    const dir = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","main":"index.js"}');
    fs.writeFileSync(path.join(dir, 'index.js'), indexJs);
  }
  return root;
}

afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

describe('probeElectron', () => {
  it('falls back when the electron package is not installed', () => {
    const p = probeElectron(fakeRoot(null));
    expect(p).toEqual({ ok: false, reason: expect.stringContaining('chưa được cài') });
  });

  it('explains that the first run needs the Internet when the download fails', () => {
    const p = probeElectron(fakeRoot('console.error("TypeError: fetch failed"); process.exit(1);'));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toContain('không kết nối được Internet');
  });

  it('uses the binary the package reports when it exists', () => {
    const bin = process.execPath;
    const p = probeElectron(fakeRoot(`module.exports = ${JSON.stringify(bin)};`));
    expect(p).toEqual({ ok: true, binary: bin });
  });
});

describe('host command line', () => {
  it('reads --data, --port and --no-open', () => {
    expect(parseHostArgs(['--data', '/tmp/x', '--port', '8123', '--no-open'])).toEqual({ dataDir: '/tmp/x', port: 8123, open: false });
    expect(parseHostArgs([])).toMatchObject({ port: 0, open: true });
  });
});
