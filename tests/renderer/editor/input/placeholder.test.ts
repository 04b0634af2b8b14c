// @vitest-environment jsdom
/** The template's placeholders in the editor: a click selects one whole, typing and paste replace it unmarked. */
import { afterEach, describe, expect, it } from 'vitest';
import { allPlaceholders } from '../../../../common/model';
import { cursor, mount, press, type } from '../harness';
import { findPart } from '../../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const click = (h: ReturnType<typeof mount>, pos: number) =>
  h.view.someProp('handleClick', (f) => f(h.view, pos, new MouseEvent('mouseup', { button: 0, detail: 1 })));
const marked = (h: ReturnType<typeof mount>, from: number, to: number) => h.view.state.doc.rangeHasMark(from, to, h.view.state.schema.marks.placeholder);

describe('placeholders in the editor', () => {
  it('draws them greyed (a span with its kind) and selects one whole on click', () => {
    const h = mount('ket-luan');
    const spans = [...h.view.dom.querySelectorAll('.vt-placeholder')];
    expect(spans.map((s) => s.getAttribute('data-kind')).slice(0, 4)).toEqual(['blank', 'blank', 'blank', 'sample']);
    const first = allPlaceholders(h.doc())[0];
    expect(click(h, first.from + 1)).toBe(true);
    expect([h.view.state.selection.from, h.view.state.selection.to]).toEqual([first.from, first.to]);
    expect(click(h, first.from - 3)).toBeFalsy();
  });

  it('replaces a selected blank by what is typed, unmarked, and undo brings the blank back', () => {
    const h = mount('ket-luan');
    const before = allPlaceholders(h.doc());
    click(h, before[0].from + 1);
    type(h.view, '15');
    const para = findPart(h.doc(), 'body').firstChild!;
    expect(para.textContent.startsWith('Tại hội nghị ngày 15 tháng ... năm 2026, ')).toBe(true);
    expect(marked(h, before[0].from, before[0].from + 2)).toBe(false);
    expect(allPlaceholders(h.doc())).toHaveLength(before.length - 1);
    press(h.view, 'z', { ctrl: true });
    expect(allPlaceholders(h.doc())).toHaveLength(before.length);
  });

  it('does not mark text typed at a placeholder\'s edge or inside it', () => {
    const h = mount('ket-luan');
    const [blank] = allPlaceholders(h.doc());
    cursor(h.view, blank.to);
    type(h.view, 'x');
    expect(marked(h, blank.to, blank.to + 1)).toBe(false);
    cursor(h.view, blank.from + 1);
    type(h.view, 'y');
    expect(marked(h, blank.from + 1, blank.from + 2)).toBe(false);
  });

  it('pastes over a selected sample sentence as plain text of the drafter', () => {
    const h = mount('ket-luan');
    const sample = allPlaceholders(h.doc()).find((p) => p.kind === 'sample')!;
    click(h, sample.from + 2);
    h.view.pasteHTML('<span class="vt-placeholder" data-kind="sample">đã dán</span>');
    const now = allPlaceholders(h.doc());
    expect(now.some((p) => p.text === 'đã dán')).toBe(false);
    expect(h.doc().textBetween(sample.from, sample.from + 6)).toBe('đã dán');
  });
});
