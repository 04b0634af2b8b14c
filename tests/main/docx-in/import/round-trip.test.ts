/**
 * Round trip: every template's DOCX export (undated draft and numbered, dated one), imported back,
 * gives the same document — compared as ProseMirror JSON after normalising what a DOCX cannot
 * carry (helpers.ts `comparable`: a placeholder's hint and kind, the final full stop before the
 * closing mark) — and the import report is empty. The re-export of the imported draft passes the
 * format check with the same rules found as the template's own.
 */
import { describe, expect, it } from 'vitest';
import { profileOfDraft } from '../../../../common/draft/profile';
import { schema } from '../../../../common/model/schema';
import { checkDocument } from '../../../../common/rules/check';
import { listTemplates } from '../../../../main/templates';
import { comparable, roundTrip, templateDraft } from './helpers';

const codes = (d: Parameters<typeof profileOfDraft>[0], typeId: string) =>
  checkDocument(schema.nodeFromJSON(d.doc), { profile: profileOfDraft(d), typeId })
    // A placeholder's kind is not in the DOCX (see comparable), and blanks of one paragraph are told in one finding: the rules found are compared.
    .map((f) => f.code.replace(/^placeholder-(blank|sample)$/u, 'placeholder')).filter((c, i, all) => all.indexOf(c) === i).sort();

describe('import of vanthu exports', () => {
  for (const t of listTemplates()) {
    for (const opts of [{}, { serial: 4, date: '2026-03-06' }]) {
      it(`${t.id} ${opts.serial ? 'numbered' : 'undated'} comes back as the same draft`, async () => {
        const draft = templateDraft(t.id, opts);
        const rec = await roundTrip(draft);
        expect(rec.typeId).toBe(t.id);
        expect(comparable(rec.draft.doc)).toEqual(comparable(draft.doc));
        expect(rec.report).toEqual([]);
        expect(codes(rec.draft, t.id)).toEqual(codes(draft, t.id));
      }, 20000);
    }
  }
});
