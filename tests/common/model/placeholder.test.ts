/** Template placeholders as data: the compact notation, the mark, finding and filling them, old drafts. */
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { validateDraft } from '../../../common/draft/draft';
import { acceptSamples } from '../../../common/draft/fill';
import { allPlaceholders, blockFromCompact, fillPlaceholders, placeholderAt, placeholdersIn, schema } from '../../../common/model';
import { checkDocument } from '../../../common/rules/check';
import { HD05 } from '../../../common/profile/hd05';
import { defaultOrganisation, listTemplates } from '../../../main/templates/index';
import { body, closing, doc, draftOf, header, p, recipients, signature, title } from '../../helpers/builders';
import { findPart } from '../../../common/model/parts';

describe('placeholders in the compact notation', () => {
  it('reads [[blank]], [[~sample]], a hint after a bar, and nesting with bold and italic', () => {
    const para = blockFromCompact({ p: '**Thời gian:** ngày [[...|ngày họp]] tháng [[~*mẫu*]] năm' });
    const found = placeholdersIn(para, 1);
    expect(found.map((r) => [r.kind, r.text, r.hint])).toEqual([['blank', '...', 'ngày họp'], ['sample', 'mẫu', '']]);
    expect(para.textContent).toBe('Thời gian: ngày ... tháng mẫu năm');
    const sample = para.child(para.childCount - 2);
    expect(sample.marks.map((m) => m.type.name).sort()).toEqual(['italic', 'placeholder']);
    const bold = blockFromCompact({ p: '**[[...]] đồng chí**' });
    expect(placeholdersIn(bold, 1)).toMatchObject([{ kind: 'blank', text: '...' }]);
    expect(bold.firstChild!.marks.map((m) => m.type.name).sort()).toEqual(['bold', 'placeholder']);
  });

  it('keeps one placeholder when bold splits its text, and finds it from any position inside', () => {
    const para = blockFromCompact({ p: 'A [[~câu **mẫu** dài]] B' });
    const d = doc(header(), title(), body(para), closing(signature(), recipients()));
    const all = allPlaceholders(d);
    expect(all).toHaveLength(1);
    expect(all[0].text).toBe('câu mẫu dài');
    expect(placeholderAt(d, all[0].from + 5)).toEqual(all[0]);
    expect(placeholderAt(d, all[0].from - 2)).toBeUndefined();
  });

  it('fills placeholders without the mark, keeping the other marks', () => {
    const d = doc(header(), title(), body(blockFromCompact({ p: '**[[...]]** và [[~mẫu]].' })), closing(signature(), recipients()));
    const filled = fillPlaceholders(d, (r) => (r.kind === 'blank' ? 'Hà Nội' : ''));
    expect(allPlaceholders(filled)).toEqual([]);
    const para = findPart(filled, 'body').firstChild!;
    expect(para.textContent).toBe('Hà Nội và .');
    expect(para.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
  });
});

describe('the templates', () => {
  const org = defaultOrganisation();
  for (const t of listTemplates()) {
    it(`${t.id}: blanks and sample prose are marked, nothing left unmarked, all filled passes the check`, () => {
      const draft = createDraft(t, org);
      const d = schema.nodeFromJSON(draft.doc);
      expect(allPlaceholders(d).length).toBeGreaterThan(0);
      const findings = checkDocument(d, { profile: HD05, typeId: t.id });
      expect(findings.filter((f) => f.code === 'placeholder-literal')).toEqual([]);
      const filled = schema.nodeFromJSON(acceptSamples(draft).doc);
      expect(checkDocument(filled, { profile: HD05, typeId: t.id }).filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describe('the draft format', () => {
  it('still loads a draft written before placeholders (no marks), and one with them', () => {
    const old = draftOf(doc(header(), title(), body(p('Tại hội nghị ngày ... tháng ... năm 2026.')), closing(signature(), recipients())));
    expect(JSON.stringify(old)).not.toContain('placeholder');
    expect(validateDraft(old).ok).toBe(true);
    const now = createDraft(listTemplates()[0], defaultOrganisation());
    expect(JSON.stringify(now)).toContain('"type":"placeholder"');
    const back = validateDraft(JSON.parse(JSON.stringify(now)));
    expect(back.ok && allPlaceholders(back.doc).length).toBeGreaterThan(0);
  });
});
