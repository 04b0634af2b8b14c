/**
 * Finding 4: a draft with a control character in its title and U+FFFE, U+FFFF and a lone surrogate
 * in its body, exported through the API and through `vanthu export`, gives a DOCX whose every XML
 * part is well-formed (xmldom, strict) and that LibreOffice opens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import type { Draft } from '../../../common/draft/draft';
import { convertToPdf, findLibreOffice } from '../../../main/export/pdf';
import { closeRegistry, createContext, dispatch, HANDLERS, type ServiceContext } from '../../../main/services';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { vanthu } from '../cli/run';

const SUMMARY = 'về\u0001 công tác\u001F chuyển đổi số';
const BODY = 'Nội dung\uFFFE có\uFFFF ký tự\uD800 lạ.';

/** A draft with XML-unsafe characters in the title's summary and in the first body paragraph. */
function unsafeDraft(): Draft {
  const d = createDraft(findTemplate('nghi-quyet')!, defaultOrganisation());
  const parts = d.doc.content as { type: string; attrs?: Record<string, unknown>; content?: unknown[] }[];
  parts.find((p) => p.type === 'title')!.attrs!.summary = SUMMARY;
  const body = parts.find((p) => p.type === 'body')!;
  body.content = [{ type: 'paragraph', content: [{ type: 'text', text: BODY }] }, ...(body.content ?? []).slice(1)];
  return d;
}

/** Parses every XML part strictly; returns the text of word/document.xml and docProps/core.xml. */
function wellFormed(file: string): { document: string; core: string } {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(data);
    const parser = new DOMParser({ onError: (level: string, msg: string) => { throw new Error(`${name}: ${level} ${msg}`); } });
    parser.parseFromString(text, 'application/xml');
    expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&#x?0*(1|1f|31|65534|fffe|65535|ffff);/iu);
  }
  return { document: strFromU8(files['word/document.xml']), core: strFromU8(files['docProps/core.xml']) };
}

async function opensInLibreOffice(docx: string): Promise<void> {
  if (!(await findLibreOffice())) return; // LibreOffice missing: the XML checks above still ran
  const pdf = await convertToPdf(docx, path.dirname(docx));
  expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
}

let dir: string;
let ctx: ServiceContext;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-unsafe-')); });
afterAll(() => {
  if (ctx) closeRegistry(ctx);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('text XML cannot carry never reaches a DOCX', () => {
  it('through the API: saved, exported, well-formed, opened by LibreOffice', async () => {
    ctx = createContext(path.join(dir, 'data'), 'web');
    const call = async (name: string, input: unknown) => {
      const r = await dispatch(HANDLERS, ctx, name, input);
      if (!r.ok) throw new Error(r.error.message);
      // biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
      return r.value as any;
    };
    await call('settings.saveOrganisation', { organisation: defaultOrganisation(), term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
    const rec = await call('drafts.create', { templateId: 'nghi-quyet' });
    await call('drafts.autosave', { id: rec.id, draft: unsafeDraft() });
    const stored = await call('drafts.get', { id: rec.id });
    expect(JSON.stringify(stored.draft)).toContain('về công tác chuyển đổi số');
    const out = await call('drafts.exportDraft', { id: rec.id });
    const xml = wellFormed(out.file);
    expect(xml.document).toContain('Nội dung có ký tự lạ.');
    expect(xml.core).toContain('về công tác chuyển đổi số');
    await opensInLibreOffice(out.file);
  }, 120_000);

  it('through `vanthu export` of a draft file holding the raw characters', async () => {
    const input = path.join(dir, 'du-thao.json');
    fs.writeFileSync(input, JSON.stringify(unsafeDraft()));
    expect(fs.readFileSync(input, 'utf8')).toContain('\uFFFE');
    const docx = path.join(dir, 'cli', 'van-ban.docx');
    fs.mkdirSync(path.dirname(docx));
    const r = await vanthu('export', input, '-o', docx);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const xml = wellFormed(docx);
    expect(xml.document).toContain('Nội dung có ký tự lạ.');
    expect(xml.core).toContain('về công tác chuyển đổi số');
    await opensInLibreOffice(docx);
  }, 120_000);
});
