/**
 * The fast proof of well-formedness (main/export/docx/xml-subset.ts) never accepts what saxes, the
 * full parser, refuses: on hand-made broken parts and on thousands of random edits of real exported
 * parts. And it accepts every XML part vanthu exports, so the export takes the fast path.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { acceptSamples } from '../../../common/draft/fill';
import { exportDocx } from '../../../main/export/docx';
import { isXmlPart } from '../../../main/export/docx/well-formed';
import { isPlainWellFormed } from '../../../main/export/docx/xml-subset';
import { defaultOrganisation, listTemplates } from '../../../main/templates';

/** What saxes (namespaces on, as well-formed.ts runs it) says of `xml`. */
function saxesAccepts(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  try {
    parser.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

/** Every XML part of every template's export, numbered and with its sample text: [template/part, text]. */
const exported: [string, string][] = [];

beforeAll(async () => {
  const org = defaultOrganisation();
  for (const t of listTemplates()) {
    const bytes = await exportDocx(setNumberAndDate(acceptSamples(createDraft(t, org)), 4, '2026-03-06'));
    for (const [name, data] of Object.entries(unzipSync(bytes))) if (isXmlPart(name)) exported.push([`${t.id}/${name}`, strFromU8(data)]);
  }
}, 120_000);

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const ROOT = (inner: string, attrs = '') => `${DECL}<w:document xmlns:w="urn:w" xmlns:r="urn:r"${attrs}>${inner}</w:document>`;

describe('the fast proof of well-formedness', () => {
  it('accepts every XML part of every template\'s export', () => {
    expect(exported.length).toBeGreaterThan(14 * 15);
    for (const [name, xml] of exported) {
      expect(isPlainWellFormed(xml), name).toBe(true);
      expect(saxesAccepts(xml), name).toBe(true);
    }
  });

  it('accepts plain well-formed XML: empty root, entities, both quotes, xml:space, white space in tags', () => {
    for (const xml of [
      `${DECL}<a/>`,
      ROOT('<w:p><w:r><w:t xml:space="preserve">a &amp; b &lt; c &gt; d "e" \'f\'</w:t></w:r></w:p>'),
      ROOT('<w:p w:rsid=\'0A\'  r:id = "r&quot;1" ></w:p >'),
      `${DECL}\n<a xmlns="urn:x"><b c="d"/></a>\n`,
      '<a><b/></a>',
      ROOT('<w:p><a:x xmlns:a="urn:a" a:y="1"><a:z/></a:x></w:p>'),
    ]) {
      expect(isPlainWellFormed(xml), xml).toBe(true);
      expect(saxesAccepts(xml), xml).toBe(true);
    }
  });

  it('refuses what is not well-formed, and leaves to saxes what it cannot show', () => {
    const broken = [
      '', DECL, `${DECL}text`, ROOT('').replace('</w:document>', ''), ROOT('<w:p>'), ROOT('</w:p>'), ROOT('<w:p></w:r>'),
      `${ROOT('')}<w:x/>`, `${ROOT('')}tail`, `${ROOT('')}&amp;`, ROOT('<w:p a="1" a="2"/>'), ROOT('<w:p a="1"b="2"/>'),
      ROOT('<w:p a=1/>'), ROOT('<w:p a="<"/>'), ROOT('<w:p a="&"/>'), ROOT('a & b'), ROOT('&nbsp;'), ROOT('a ]]> b'),
      ROOT('<x:p/>'), ROOT('<w:p x:a="1"/>'), ROOT('<w:p:q/>'), ROOT('<1p/>'), ROOT('<w:p w:a="1" r:a="2"/>'),
      ROOT('<w:p xmlns:x="urn:x"/><x:a/>'), ROOT('<w:p xmlns:x=""><x:a/></w:p>'), ROOT('', ' xmlns:e=""'), ROOT('', ' xmlns:xml="urn:x"'),
      `<?xml version="1.1"?><a/>`, `\uFEFF${ROOT('')}`, `<!DOCTYPE a><a/>`, ROOT('<!-- c -->'), ROOT('<?pi x?>'),
      ROOT('<![CDATA[x]]>'), ROOT('&#65;'), ROOT('<w:p a="\u00a0"/>').replace('<w:p a', '<w:p\u00a0a'), ROOT('<é/>'),
    ];
    for (const xml of broken) expect(isPlainWellFormed(xml), xml).toBe(false);
  });

  it('never accepts a random edit of an exported part that saxes refuses', () => {
    // A deterministic generator (mulberry32), so a failure can be replayed.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const pieces = ['<', '>', '/', '&', ';', '"', "'", '=', ':', ' ', '\n', 'w', 'x', 'amp;', '&lt;', '</w:p>', '<w:p>', '<w:r/>', ']]>', 'xmlns:q="u"', 'q:', '<?', '<!', '#'];
    const sources = exported.filter(([name]) => /header1\.xml$|core\.xml$|document\.xml\.rels$|^nghi-quyet\/word\/document\.xml$/.test(name)).map(([, xml]) => xml);
    let accepted = 0;
    let refusedBySaxes = 0;
    for (let i = 0; i < 6000; i++) {
      let xml = pick(sources);
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * xml.length);
        const kind = random();
        if (kind < 0.4) xml = xml.slice(0, at) + pick(pieces) + xml.slice(at);
        else if (kind < 0.7) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 4));
        else xml = xml.slice(0, at) + pick(pieces) + xml.slice(at + 1);
      }
      const bySaxes = saxesAccepts(xml);
      if (!bySaxes) refusedBySaxes++;
      if (isPlainWellFormed(xml)) {
        accepted++;
        expect(bySaxes, xml).toBe(true);
      }
    }
    // The edits must exercise both sides: many accepted (edits in text), many refused.
    expect(accepted).toBeGreaterThan(300);
    expect(refusedBySaxes).toBeGreaterThan(1500);
  });
});
