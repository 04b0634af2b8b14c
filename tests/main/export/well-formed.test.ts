import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { acceptSamples } from '../../../common/draft/fill';
import { exportDocx } from '../../../main/export/docx';
import { assertWellFormedParts } from '../../../main/export/docx/well-formed';
import { assertWellFormedPackage } from '../../../main/export/docx/well-formed-package';
import { defaultOrganisation, listTemplates } from '../../../main/templates';

const org = defaultOrganisation();

describe('the well-formedness check of exported packages', () => {
  it.each(listTemplates().map((t) => [t.id, t] as const))('%s: every XML part of the exported DOCX parses (fixed parts too)', async (_id, t) => {
    const bytes = await exportDocx(setNumberAndDate(acceptSamples(createDraft(t, org)), 4, '2026-03-06'));
    // A copy is not marked as checked: every part is unzipped and parsed again.
    expect(() => assertWellFormedPackage(new Uint8Array(bytes))).not.toThrow();
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it('refuses a package changed after export, naming the part', async () => {
    const files = unzipSync(await exportDocx(createDraft(listTemplates()[0], org)));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('<w:body>', '<w:body><w:p>'));
    expect(() => assertWellFormedPackage(zipSync(files))).toThrow(/"word\/document.xml"/);
  });

  it('parses parts given as text; fixed parts are still refused for a forbidden character', () => {
    const ok = '<?xml version="1.0" encoding="UTF-8"?><a xmlns:w="urn:w"><w:t>x</w:t></a>';
    expect(() => assertWellFormedParts([['word/document.xml', ok]])).not.toThrow();
    expect(() => assertWellFormedParts([['word/document.xml', ok.replace('</a>', '')]])).toThrow(/"word\/document.xml"/);
    expect(() => assertWellFormedParts([['word/document.xml', ok.replace('w:t>x', 'v:t>x')]])).toThrow(/"word\/document.xml"/);
    expect(() => assertWellFormedParts([['word/styles.xml', ok.replace('x', '\u0001')]], new Set(['word/styles.xml']))).toThrow(/"word\/styles.xml".*U\+0001/);
    // A lone surrogate is written as U+FFFD by the UTF-8 encoding, which XML allows.
    expect(() => assertWellFormedParts([['word/document.xml', ok.replace('x', '\uD800')]])).not.toThrow();
    expect(() => assertWellFormedParts([['word/document.xml', strToU8(ok)]])).not.toThrow();
    expect(() => assertWellFormedParts([['word/document.xml', new Uint8Array([0x3c, 0x61, 0xff, 0x3e])]])).toThrow(/UTF-8/);
  });
});
