import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { setNumberAndDate } from '../../../common/draft/draft';
import { acceptSamples } from '../../../common/draft/fill';
import { exportDocx } from '../../../main/export/docx';
import { checkXml } from '../../../main/export/docx/xml-check';
import { defaultOrganisation, listTemplates } from '../../../main/templates';

/** What saxes (xmlns mode), the parser the check replaced, says of a text. */
function saxesAccepts(text: string): boolean {
  try {
    const p = new SaxesParser({ xmlns: true });
    p.on('error', (e) => {
      throw e;
    });
    p.write(text).close();
    return true;
  } catch {
    return false;
  }
}

function accepts(text: string): boolean {
  try {
    checkXml(text);
    return true;
  } catch {
    return false;
  }
}

const W = 'xmlns:w="urn:w"';

describe('the single-pass XML check of exported parts', () => {
  it('refuses what makes a part malformed, as saxes does', () => {
    const cases = [
      `<a ${W}><w:t>x</w:t></a>`, `<a ${W}><w:t>x</a>`, `<a ${W}><v:t>x</v:t></a>`, `<a ${W}><w:t a="1" a="2"/></a>`,
      `<a ${W} xmlns:q="urn:w"><w:t w:a="1" q:a="2"/></a>`, `<a>&nbsp;</a>`, `<a>&#0;</a>`, `<a>&#x41;&amp;&lt;</a>`, `<a b="&foo;"/>`,
      `<a b="<"/>`, `<a b='1'c="2"/>`, `<a>]]></a>`, `<a><!-- x -- y --></a>`, `<a><![CDATA[<&]]></a>`, `<a/><b/>`, `<a/>text`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>`, `<a/><?xml version="1.0"?>`, `<a xmlns:p=""/>`, `<a:b:c xmlns:a="u"/>`,
      `<xmlns:a/>`, `<a xmlns="http://www.w3.org/2000/xmlns/"/>`, `<a xmlns:xml="urn:x"/>`, `<a><?pi data?></a>`, '', '  ', `<a></b>`, `<a 1b="x"/>`,
    ];
    for (const text of cases) expect([text, accepts(text)]).toEqual([text, saxesAccepts(text)]);
  });

  it('agrees with saxes on thousands of randomly damaged parts of a real export', async () => {
    const bytes = await exportDocx(setNumberAndDate(acceptSamples(createDraft(listTemplates()[0], defaultOrganisation())), 4, '2026-03-06'));
    const parts = Object.entries(unzipSync(bytes)).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([, d]) => strFromU8(d));
    for (const text of parts) expect(accepts(text)).toBe(true);
    const bits = ['<', '>', '&', '"', "'", '/', ':', '=', ' ', 'a', '&amp;', '&#0;', '&#x41;', '&foo;', ']]>', '<!--', '-->', '<![CDATA[', '<?', '?>',
      'xmlns:q="u"', 'xmlns:w=""', 'q:', '</w:p>', '<w:p>', '<w:p/>', ' w:val="1"', '--', '\n', 'xml:space="preserve"', '<!DOCTYPE a>'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let refused = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let text = parts[rnd(parts.length)];
      for (let j = 1 + rnd(2); j > 0; j--) {
        const at = rnd(text.length + 1);
        const op = rnd(3);
        const bit = bits[rnd(bits.length)];
        text = op === 0 ? text.slice(0, at) + bit + text.slice(at) : op === 1 ? text.slice(0, at) + text.slice(at + 1 + rnd(4)) : text.slice(0, at) + bit + text.slice(at + 1);
      }
      const expected = saxesAccepts(text);
      if (!expected) refused++;
      if (accepts(text) !== expected) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    expect(refused).toBeGreaterThan(2000);
  }, 120_000);
});
