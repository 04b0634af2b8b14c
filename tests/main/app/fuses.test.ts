/** The installers' Electron fuses (electron-builder.yml `electronFuses`), as docs/security.md states them. */
import fs from 'node:fs';
import { expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as key → boolean. */
function fuses(): Record<string, boolean> {
  const lines = fs.readFileSync('electron-builder.yml', 'utf8').split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  const out: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z][A-Za-z0-9]*):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2] === 'true';
  }
  return out;
}

it('flips the fuses: no run as Node, no NODE_OPTIONS or --inspect, only the checked app.asar, encrypted cookies', () => {
  expect(fuses()).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
  expect(fs.readFileSync('electron-builder.yml', 'utf8')).toMatch(/^asar: true$/m);
});
