/**
 * One definition per exported name: no function, constant, class, type or interface is exported
 * under the same name from two files of common/, main/ or renderer/ (two meanings under one name
 * is how the copies of a rule began to drift).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const EXPORT = /^export (?:async )?(?:function|const|class|type|interface|enum) ([A-Za-z_]\w*)/gm;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

it('defines each exported name in one file only', () => {
  const where = new Map<string, string[]>();
  for (const file of ['common', 'main', 'renderer'].flatMap((dir) => sources(path.resolve(dir)))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(EXPORT)) {
      where.set(match[1], [...(where.get(match[1]) ?? []), path.relative(process.cwd(), file)]);
    }
  }
  expect(where.size).toBeGreaterThan(500);
  const twice = [...where].filter(([, files]) => new Set(files).size > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
  expect(twice).toEqual([]);
});
