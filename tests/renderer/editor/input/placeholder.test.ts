// @vitest-environment jsdom
/** The template's placeholders in the editor: a click selects one whole, typing and paste replace it unmarked. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allPlaceholders } from '../../../../common/model';
import { cursor, mount, press, type } from '../harness';
import { findPart } from '../../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; vi.restoreAllMocks(); });

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

describe('placeholders under quick clicks (real mouse events through ProseMirror)', () => {
  /** Presses and releases the mouse on the text at `pos`, always at the same point of the screen. */
  const clickAt = (h: ReturnType<typeof mount>, pos: number, detail = 1) => {
    // jsdom has no layout: the view finds `pos` under the pointer, as Chromium would.
    h.view.posAtCoords = () => ({ pos, inside: -1 });
    const { node } = h.view.domAtPos(pos);
    const target = node.nodeType === Node.TEXT_NODE ? node.parentElement! : (node as Element);
    const init = { bubbles: true, cancelable: true, button: 0, detail, clientX: 400, clientY: 700 };
    for (const t of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(t, init));
  };
  // The clicks of a test follow each other within ProseMirror's half second of a double click, however slow the machine.
  const sameMoment = () => vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
  const selected = (h: ReturnType<typeof mount>) => h.view.state.doc.textBetween(h.view.state.selection.from, h.view.state.selection.to);

  it('selects the next sample sentence whole when it lies under the pointer right after the last was typed over', () => {
    // Filling "1. Quan điểm" of a Nghị quyết: its first dash item is typed over, the page moves up, and
    // the second comes under the pointer; clicked again within half a second, ProseMirror takes the press for
    // a double click (and a third for a triple click), the browser for a single one.
    const h = mount('nghi-quyet');
    sameMoment();
    const samples = () => allPlaceholders(h.doc()).filter((p) => p.kind === 'sample');
    const first = samples().find((p) => p.text.startsWith('Chuyển đổi số là nhiệm vụ trọng tâm'))!;
    clickAt(h, first.from + 5);
    expect(selected(h)).toBe(first.text);
    type(h.view, 'Nội dung do người soạn thảo viết.');
    const second = samples().find((p) => p.text.startsWith('Người đứng đầu cấp ủy'))!;
    clickAt(h, second.from + 36); // "lã|nh đạo"
    expect(selected(h)).toBe(second.text);
    type(h.view, 'Người đứng đầu chịu trách nhiệm.');
    expect(h.doc().textContent).toContain('- Người đứng đầu chịu trách nhiệm.');
    expect(h.doc().textContent).not.toContain('trực tiếp lã');
    const third = samples()[0];
    clickAt(h, third.from + 3);
    expect(selected(h)).toBe(third.text);
  });

  it('leaves a real double click to the browser (it selects a word, not the whole sentence)', () => {
    const h = mount('nghi-quyet');
    sameMoment();
    const sample = allPlaceholders(h.doc()).find((p) => p.kind === 'sample')!;
    clickAt(h, sample.from + 5);
    expect(selected(h)).toBe(sample.text);
    type(h.view, 'x');
    const next = allPlaceholders(h.doc()).find((p) => p.kind === 'sample')!;
    clickAt(h, next.from + 5, 2);
    expect(h.view.state.selection.empty).toBe(true);
  });
});
