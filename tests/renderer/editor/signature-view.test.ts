// @vitest-environment jsdom
/** The signature form offers T/U and Q. only when the organisation turned them on, and warns on a wrong one. */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../main/templates/index';
import { body, closing, doc, header, p, recipients, signature, title } from '../../helpers/builders';
import { change, mountDoc } from './harness';
import { partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const options = (h: ReturnType<typeof mountDoc>) =>
  [...h.view.dom.querySelectorAll<HTMLOptionElement>('[data-form="signature"] [data-field="authority"] option')].map((o) => o.value);
const sample = () => doc(header(), title(), body(p('Nội dung.')), closing(signature(), recipients()));

describe('signature authorities in the form', () => {
  it('offers T/M, K/T, T/L (and none) by default', () => {
    const h = mountDoc(sample());
    expect(options(h).sort()).toEqual(['', 'K/T', 'T/L', 'T/M'].sort());
  });

  it('offers T/U and Q. with the setting, accepts T/U for a cấp ủy and warns on Q.', () => {
    const h = mountDoc(sample(), { org: { ...defaultOrganisation(), extraAuthorities: true } });
    expect(options(h)).toEqual(expect.arrayContaining(['T/U', 'Q.']));
    const form = h.view.dom.querySelector('[data-form="signature"]')!;
    change(form.querySelector('[data-field="authority"]')!, 'T/U');
    expect(partAttrs(h.doc(), 'signature').authority).toBe('T/U');
    expect(form.querySelector('[data-warning="authority"]')!.textContent).toBe('');
    expect(h.view.dom.querySelector('.vt-part-signature .vt-c-signatureAuthority')!.textContent).toBe('T/U BAN THƯỜNG VỤ');
    change(form.querySelector('[data-field="authority"]')!, 'Q.');
    expect(form.querySelector('[data-warning="authority"]')!.textContent).toMatch(/không dùng cho loại cơ quan này/);
  });
});
