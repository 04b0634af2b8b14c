/**
 * Shared by the import tests: a template's draft as vanthu creates it, its DOCX export imported
 * back, and the normalisation of what a DOCX cannot carry (the placeholder's hint, the layout
 * choice of the envelope).
 */
import { createDraft } from '../../../../common/draft/create';
import type { Draft } from '../../../../common/draft/draft';
import { exportDocx } from '../../../../main/export/docx';
import { readDocxBytes } from '../../../../main/docx-in/read';
import { recogniseWord } from '../../../../main/docx-in/recognise';
import type { RecognisedDocument } from '../../../../main/docx-in/recognise/types';
import { defaultOrganisation, findTemplate } from '../../../../main/templates';

/** The draft of a template for the default organisation. */
export function templateDraft(id: string, opts: { serial?: number; date?: string } = {}): Draft {
  return createDraft(findTemplate(id)!, defaultOrganisation(), opts);
}

/** Exports a draft to DOCX and imports it back. */
export async function roundTrip(draft: Draft): Promise<RecognisedDocument> {
  const bytes = await exportDocx(draft);
  return recogniseWord(readDocxBytes(bytes, 'van-ban.docx'));
}

/**
 * The document JSON without what the DOCX cannot carry: a placeholder's hint and kind (the export
 * prints every placeholder as its text highlighted in yellow; the import makes dots and "…" a
 * blank and other text sample prose).
 */
export function comparable(doc: unknown): unknown {
  const out = JSON.parse(JSON.stringify(doc), (key, value) => (key === 'hint' ? '' : key === 'kind' && (value === 'blank' || value === 'sample') ? 'placeholder' : value));
  // The closing mark is printed after the body's last text: "… chi bộ" and "… chi bộ." both print "… chi bộ./.".
  const body = out.content.find((c: { type: string }) => c.type === 'body');
  const last = body.content[body.content.length - 1];
  const texts = last.content ?? [];
  const tail = texts[texts.length - 1];
  if (tail?.text?.endsWith('.')) {
    tail.text = tail.text.slice(0, -1);
    if (!tail.text) texts.pop();
  }
  return out;
}
