// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HD36 } from '../../../common/profile/hd36';
import { pageCss } from '../../../renderer/editor/pagination/page-css';
import { mount } from './harness';

afterEach(() => { document.body.innerHTML = ''; });

describe('the title of a công văn in the page view', () => {
  it('shows "Kính gửi:" with the addressee lines the DOCX prints', () => {
    const h = mount('cong-van');
    const lines = [...h.view.dom.querySelectorAll('.vt-addressee')].map((p) => p.textContent);
    expect(lines).toEqual(['Kính gửi:- Các ban xây dựng Đảng của Tỉnh ủy,', '- Các đảng ủy trực thuộc Tỉnh ủy.']);
    expect(h.view.dom.querySelector('.vt-addressee .vt-salute-label')?.textContent).toBe('Kính gửi:');
    h.destroy();
  });

  it('indents them by the profile, as the exporter does', () => {
    const css = pageCss(HD36);
    expect(css).toContain(`.vt-addressee{padding-left:${HD36.salutationIndent.leftMm}mm}`);
    expect(css).toContain(`width:${HD36.salutationIndent.hangingMm}mm;margin-left:-${HD36.salutationIndent.hangingMm}mm`);
  });
});
