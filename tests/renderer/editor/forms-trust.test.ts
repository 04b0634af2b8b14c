// @vitest-environment jsdom
/** The forms of the locked parts: limits from FIELD_LIMITS, Nơi nhận empty lines, the form guard. */
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../common/draft/limits';
import { change, mount } from './harness';
import { partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

describe('form limits', () => {
  it('every limited field takes its maxLength from FIELD_LIMITS and refuses a paste past it, naming the field', () => {
    const h = mount();
    const summary = h.view.dom.querySelector<HTMLTextAreaElement>('[data-form="title"] [data-field="summary"]')!;
    expect(summary.maxLength).toBe(FIELD_LIMITS['title.summary']);
    expect(h.view.dom.querySelector<HTMLInputElement>('[data-form="header"] [data-field="place"]')!.maxLength).toBe(FIELD_LIMITS['header.place']);
    expect(h.view.dom.querySelector<HTMLInputElement>('[data-form="signature"] [data-field="name"]')!.maxLength).toBe(FIELD_LIMITS['signature.name']);
    const dt = { getData: () => 'x'.repeat(5000) };
    const e = new Event('paste', { cancelable: true }) as Event & { clipboardData: unknown };
    Object.defineProperty(e, 'clipboardData', { value: dt });
    summary.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(summary.closest('label')!.querySelector('.vt-limit-msg')!.textContent).toMatch(/Trích yếu nội dung dài tối đa 1000 ký tự/);
  });
});

describe('Nơi nhận', () => {
  it('"+ Dòng mới" adds an empty line with a placeholder that is not saved until it has text', () => {
    const h = mount();
    const form = h.view.dom.querySelector('[data-form="recipients"]')!;
    const before = partAttrs(h.doc(), 'recipients').items.length;
    change(form.querySelector('[data-field="book"]')!, 'new');
    const line = [...form.querySelectorAll<HTMLInputElement>('input[data-line]')].at(-1)!;
    expect(line.value).toBe('');
    expect(line.placeholder).toMatch(/nơi nhận/);
    expect(partAttrs(h.doc(), 'recipients').items.length).toBe(before);
    change(line, 'Ban Bí thư Trung ương Đảng');
    const items = partAttrs(h.doc(), 'recipients').items;
    expect(items.length).toBe(before + 1);
    expect(items.at(-1)!.lines).toEqual(['Ban Bí thư Trung ương Đảng']);
    expect(JSON.stringify(items)).not.toContain('nơi nhận mới');
  });
});
