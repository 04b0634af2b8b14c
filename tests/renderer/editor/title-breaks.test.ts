// @vitest-environment jsdom
/** The page view and forms print what the DOCX prints: manual title breaks, the padded number, Nơi nhận indents and braces. */
import { afterEach, describe, expect, it } from 'vitest';
import { HD36 } from '../../../common/profile/hd36';
import { pageCss } from '../../../renderer/editor/pagination/page-css';
import { body, closing, doc, header, p, recipients, signature, title } from '../../helpers/builders';
import { change, mount, mountDoc } from './harness';
import { partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const titleAttrs = (h: ReturnType<typeof mount>) => partAttrs(h.view.state.doc, 'title');

describe('manual breaks in the title form', () => {
  it('keeps a Shift+Enter break in the summary and the author line, and prints it', () => {
    const h = mount('ket-luan');
    const form = h.view.dom.querySelector<HTMLFormElement>('[data-form="title"]')!;
    change(form.querySelector<HTMLTextAreaElement>('[data-field="summary"]')!, 'về tình hình   thực hiện nhiệm vụ 9 tháng,\n\nnhiệm vụ 3 tháng cuối năm ');
    change(form.querySelector<HTMLTextAreaElement>('[data-field="author"]')!, 'của hội nghị ban chấp hành đảng bộ tỉnh\n(khóa XVI)');
    expect(titleAttrs(h).summary).toBe('về tình hình thực hiện nhiệm vụ 9 tháng,\nnhiệm vụ 3 tháng cuối năm');
    expect(titleAttrs(h).author).toBe('CỦA HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n(KHÓA XVI)');
    expect(h.view.dom.querySelector('.vt-c-summary')!.textContent).toBe('về tình hình thực hiện nhiệm vụ 9 tháng,\nnhiệm vụ 3 tháng cuối năm');
    h.destroy();
  });

  it('lets Shift+Enter type the break and makes Enter finish the form', () => {
    const h = mount('ket-luan');
    const summary = h.view.dom.querySelector<HTMLTextAreaElement>('[data-form="title"] [data-field="summary"]')!;
    const key = (shiftKey: boolean) => {
      const e = new KeyboardEvent('keydown', { key: 'Enter', shiftKey, bubbles: true, cancelable: true });
      summary.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key(true)).toBe(false);
    expect(key(false)).toBe(true);
    h.destroy();
  });

  it('shows the breaks as line breaks in the page view (pre-line, as <w:br/> prints)', () => {
    const css = pageCss(HD36);
    expect(css).toMatch(/\.vt-c-summary[^{]*\{white-space:pre-line\}/);
    expect(css).toMatch(/\.vt-c-author[^{]*\{white-space:pre-line\}/);
  });
});

describe('the number in the header', () => {
  it('is padded in the form as on the page and in the DOCX: 04-NQ/TU', () => {
    const h = mountDoc(doc(header({ serial: 4 }), title(), body(p('Nội dung.')), closing(signature(), recipients())));
    expect(h.view.dom.querySelector('[data-form="header"] output')!.textContent).toBe('04-NQ/TU');
    expect(h.view.dom.querySelector('.vt-c-number')!.textContent).toBe('Số 04-NQ/TU');
    h.destroy();
  });
});

describe('Nơi nhận in the page view', () => {
  it('hangs the dash of each line', () => {
    expect(pageCss(HD36)).toMatch(/\.vt-c-recipient\{padding-left:(\d+(\.\d+)?)pt;text-indent:-\1pt\}/);
  });

  it('sets each brace after the longest line of its own group', () => {
    const h = mountDoc(doc(header(), title(), body(p('Nội dung.')), closing(signature(), recipients({ items: [
      { lines: ['Các ban xây dựng Đảng của Tỉnh ủy và Văn phòng Tỉnh ủy', 'Các đảng ủy trực thuộc'], purpose: 'để biết' },
      { lines: ['Các đảng ủy trực thuộc', 'Các chi bộ trực thuộc'], purpose: 'để thực hiện' },
    ] }))));
    const widths = [...h.view.dom.querySelectorAll<HTMLElement>('.vt-rlines')].map((g) => parseFloat(g.style.flexBasis));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeGreaterThan(100);
    expect(widths[1]).toBeLessThan(widths[0]);
    h.destroy();
  });
});
