/**
 * Issuing never gives a number to a malformed DOCX (issue #10, finding 4): the package is rendered
 * and checked before the number is taken; a failure uses no number, writes no file and leaves the
 * draft unlocked. And a package rendered with the number expected is renumbered in place, exactly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { acceptSamples } from '../../../common/draft/fill';
import { setNumberAndDate } from '../../../common/draft/draft';
import { exportDocx } from '../../../main/export/docx/index';
import { renumberPackage } from '../../../main/export/docx/renumber';
import { assertWellFormedPackage } from '../../../main/export/docx/well-formed-package';
import type { RegistryService } from '../../../main/registry/index';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { withTermBook } from './helpers';

const packing = vi.hoisted(() => ({ breakDocument: false }));
vi.mock('../../../main/export/docx/pack', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/export/docx/pack')>();
  return {
    ...real,
    packDeterministic: async (...args: Parameters<typeof real.packDeterministic>) => {
      const bytes = await real.packDeterministic(...args);
      if (!packing.breakDocument) return bytes;
      const files = unzipSync(bytes);
      files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('<w:body>', '<w:body><w:p>'));
      return zipSync(files);
    },
  };
});

let reg: RegistryService;
afterEach(() => {
  packing.breakDocument = false;
  reg?.close();
});

const draft = () => acceptSamples(createDraft(findTemplate('nghi-quyet')!, defaultOrganisation()));

function storedFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'di');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name) : [];
}

describe('issuing a draft whose DOCX is malformed', () => {
  it('uses no number, stores no file and leaves the draft unlocked', async () => {
    const t = withTermBook(); reg = t.reg;
    reg.drafts.create({ id: 'a', templateId: 'nghi-quyet', title: 'NQ', doc: draft() });
    packing.breakDocument = true;
    await expect(reg.registerDocument(JSON.stringify(draft()), { date: '2026-03-06', draftId: 'a' }))
      .rejects.toThrow(/DOCX.*"word\/document.xml"/);
    expect(reg.listOutgoing()).toEqual([]);
    expect(storedFiles(reg.dataDir)).toEqual([]);
    expect(reg.drafts.row('a')).toMatchObject({ status: 'draft', registeredAs: null });
    packing.breakDocument = false;
    const e = await reg.registerDocument(JSON.stringify(draft()), { date: '2026-03-06', draftId: 'a' });
    expect(e.number).toBe('01-NQ/TU');
    expect(storedFiles(reg.dataDir)).toHaveLength(1);
  });

  it('never stores a malformed package, whatever text the summary holds', async () => {
    const t = withTermBook(); reg = t.reg;
    const d = draft();
    const text = JSON.stringify(d).replace('chuyển đổi số', 'chuyển đổi\u0001 số\u000b');
    let registered = null;
    try {
      registered = await reg.registerDocument(text, { date: '2026-03-06' });
    } catch (e) {
      expect((e as Error).message).toMatch(/[ạ-ỹ]/u);
    }
    if (registered) {
      expect(() => assertWellFormedPackage(fs.readFileSync(path.join(reg.dataDir, registered.filePath!)))).not.toThrow();
    } else {
      expect(reg.listOutgoing()).toEqual([]);
      expect(storedFiles(reg.dataDir)).toEqual([]);
    }
  });
});

describe('the well-formedness check', () => {
  it('names the part that is not well-formed XML', async () => {
    const good = await exportDocx(setNumberAndDate(draft(), 4, '2026-03-06'));
    expect(() => assertWellFormedPackage(good)).not.toThrow();
    const files = unzipSync(good);
    files['word/styles.xml'] = strToU8(strFromU8(files['word/styles.xml']).replace('</w:styles>', '\u0001</w:styles>'));
    expect(() => assertWellFormedPackage(zipSync(files))).toThrow(/"word\/styles.xml".*U\+0001/);
    const rels = unzipSync(good);
    rels['_rels/.rels'] = strToU8('<Relationships>');
    expect(() => assertWellFormedPackage(zipSync(rels))).toThrow(/"_rels\/.rels"/);
    expect(() => assertWellFormedPackage(new Uint8Array([1, 2, 3]))).toThrow(/gói zip/);
  });
});

describe('renumbering a rendered package inside the write transaction', () => {
  it('gives byte for byte what rendering with the new number gives', async () => {
    const base = draft();
    const rendered = await exportDocx(setNumberAndDate(base, 7, '2026-03-06'));
    const fresh = await exportDocx(setNumberAndDate(base, 12, '2026-03-06'));
    const renumbered = renumberPackage(rendered, 'Số 07-NQ/TU', 'Số 12-NQ/TU');
    expect(renumbered).not.toBeNull();
    expect(Buffer.from(renumbered!).equals(Buffer.from(fresh))).toBe(true);
    expect(renumberPackage(rendered, 'Số 99-NQ/TU', 'Số 12-NQ/TU')).toBeNull();
  });
});
