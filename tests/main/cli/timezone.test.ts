/**
 * The same draft gives the same DOCX bytes in every time zone (the registry keeps their SHA-256):
 * two processes, at UTC-12 and UTC+14, export the same draft and print the same register.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setNumberAndDate } from '../../../common/draft/draft';
import { exportDocx } from '../../../main/export/docx';
import { filledDraft } from '../../helpers/filled-draft';
import { vanthu } from './run';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-tz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const ZONES = ['Etc/GMT+12', 'Pacific/Kiritimati'];

/** Runs `vanthu …` in its own process with the time zone `tz`; returns the bytes of `out`. */
function inZone(tz: string, out: string, ...args: string[]): Buffer {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/vanthu.cjs'), ...args, '-o', out], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: tz } });
  expect(r.status, r.stderr).toBe(0);
  return fs.readFileSync(out);
}

describe('bytes independent of the time zone', () => {
  it('exports the same DOCX at UTC-12 and UTC+14', () => {
    const draft = path.join(dir, 'kl.json');
    fs.writeFileSync(draft, JSON.stringify(setNumberAndDate(filledDraft('ket-luan'), 7, '2026-09-05')));
    const [a, b] = ZONES.map((tz, i) => inZone(tz, path.join(dir, `kl-${i}.docx`), 'export', draft));
    expect(a.subarray(0, 2).toString()).toBe('PK');
    expect(b.equals(a)).toBe(true);
  });

  it('prints the same register DOCX at UTC-12 and UTC+14', async () => {
    const db = path.join(dir, 'so.db');
    expect((await vanthu('registry', 'init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2025–2030', '--start', '2025-10-15')).status).toBe(0);
    expect((await vanthu('registry', 'out', 'reserve', '--type', 'NQ', '--date', '2026-03-06', '--summary', 'Giữ số', '--db', db)).status).toBe(0);
    const [a, b] = ZONES.map((tz, i) => inZone(tz, path.join(dir, `so-${i}.docx`), 'registry', 'print', 'out', '--from', '2026-01-01', '--to', '2026-12-31', '--db', db));
    expect(a.subarray(0, 2).toString()).toBe('PK');
    expect(b.equals(a)).toBe(true);
  });

  it('writes 1980-01-01 12:00 as the DOS time of every zip entry, whatever the local zone', async () => {
    const bytes = Buffer.from(await exportDocx(setNumberAndDate(filledDraft('ket-luan'), 7, '2026-09-05')));
    const stamps = new Set<string>();
    // Walk the local file headers: signature, …, time at +10, date at +12, sizes at +18, name and extra lengths at +26/+28.
    for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; at += 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28) + bytes.readUInt32LE(at + 18)) {
      stamps.add(`${bytes.readUInt16LE(at + 10).toString(16)}/${bytes.readUInt16LE(at + 12).toString(16)}`);
    }
    expect(stamps.size).toBeGreaterThan(0);
    // time 12:00:00 = 12 << 11; date 1980-01-01 = (0 << 9) | (1 << 5) | 1
    expect([...stamps]).toEqual([`${(12 << 11).toString(16)}/${((1 << 5) | 1).toString(16)}`]);
  });
});
