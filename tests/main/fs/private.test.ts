/** main/fs: private folders and files (POSIX modes). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePrivateDir, privatiseTree, usePrivateUmask } from '../../../main/fs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-private-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const mode = (p: string) => fs.lstatSync(p).mode & 0o777;

describe.runIf(process.platform !== 'win32')('private modes', () => {
  it('ensurePrivateDir creates a 0700 folder and tightens an existing 0755 one', () => {
    const d = path.join(dir, 'a', 'b');
    ensurePrivateDir(d);
    expect(mode(d)).toBe(0o700);
    fs.chmodSync(d, 0o755);
    ensurePrivateDir(d);
    expect(mode(d)).toBe(0o700);
  });

  it('privatiseTree makes folders 0700 and files 0600, without following links out', () => {
    const root = path.join(dir, 'data');
    const outside = path.join(dir, 'outside.txt');
    fs.mkdirSync(path.join(root, 'exports', 'x'), { recursive: true });
    fs.writeFileSync(path.join(root, 'vanthu.db'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(root, 'exports', 'x', 'a.docx'), 'x', { mode: 0o666 });
    fs.writeFileSync(outside, 'x', { mode: 0o644 });
    fs.symlinkSync(outside, path.join(root, 'link'));
    for (const d of [root, path.join(root, 'exports'), path.join(root, 'exports', 'x')]) fs.chmodSync(d, 0o755);
    expect(privatiseTree(root)).toEqual([]);
    expect([root, path.join(root, 'exports'), path.join(root, 'exports', 'x')].map(mode)).toEqual([0o700, 0o700, 0o700]);
    expect([path.join(root, 'vanthu.db'), path.join(root, 'exports', 'x', 'a.docx')].map(mode)).toEqual([0o600, 0o600]);
    expect(mode(outside)).toBe(0o644);
    expect(privatiseTree(path.join(dir, 'khong-co'))).toEqual([]);
  });

  it('usePrivateUmask makes files created afterwards private', () => {
    const before = process.umask();
    try {
      usePrivateUmask();
      fs.writeFileSync(path.join(dir, 'later.txt'), 'x');
      fs.mkdirSync(path.join(dir, 'later-dir'));
      expect(mode(path.join(dir, 'later.txt'))).toBe(0o600);
      expect(mode(path.join(dir, 'later-dir'))).toBe(0o700);
    } finally {
      process.umask(before);
    }
  });
});
