/** The settings handlers: first run, saving, and a registry already set up by the CLI. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openRegistry } from '../../../main/registry/index';
import { HANDLERS, closeRegistry, createContext, dispatch, folders, type ServiceContext } from '../../../main/services';
import org from '../../../templates/organisation.default.json';

const contexts: ServiceContext[] = [];
function fresh(): ServiceContext {
  const ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-settings-')), 'web');
  contexts.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const c of contexts.splice(0)) {
    closeRegistry(c);
    fs.rmSync(c.dataDir, { recursive: true, force: true });
  }
});

it('is unconfigured on a fresh folder without creating the database', async () => {
  const ctx = fresh();
  expect(await dispatch(HANDLERS, ctx, 'settings.status', {})).toEqual({ ok: true, value: { configured: false, organisation: null, term: null } });
  expect(fs.existsSync(folders(ctx.dataDir).database)).toBe(false);
});

it('saves the profile, opens the outgoing book and its term in the registry', async () => {
  const ctx = fresh();
  const term = { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' };
  const r = await dispatch(HANDLERS, ctx, 'settings.saveOrganisation', { organisation: org, term });
  expect(r).toMatchObject({ ok: true, value: { configured: true, term } });
  const books = await dispatch(HANDLERS, ctx, 'registry.books', {});
  expect(books).toMatchObject({ ok: true, value: { outgoing: [{ issuerCode: 'TU' }] } });
});

it('takes the profile from a registry set up by the CLI', async () => {
  const ctx = fresh();
  const reg = openRegistry(folders(ctx.dataDir).database, { autoBackup: false });
  reg.saveOrganisation(org as never);
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Sổ đi' });
  reg.openTerm(book.id, 'Nhiệm kỳ 2020 – 2025', '2020-10-15');
  reg.close();
  const r = await dispatch(HANDLERS, ctx, 'settings.status', {});
  expect(r).toMatchObject({ ok: true, value: { configured: true, organisation: { symbol: 'TU' }, term: { name: 'Nhiệm kỳ 2020 – 2025', start: '2020-10-15' } } });
});
