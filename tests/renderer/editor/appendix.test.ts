// @vitest-environment jsdom
/**
 * Appendices in the editor: "Thêm phụ lục" adds one after the closing (numbered as the rule says),
 * its title is edited through its form, its blocks as freely as the body, "Xóa phụ lục" removes it;
 * the lock still refuses adding, removing or retitling one any other way, and every locked part.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { schema } from '../../../common/model';
import { addAppendix } from '../../../renderer/editor/appendix';
import { insertTable } from '../../../renderer/editor/commands/table-commands';
import { appendix, body, closing, doc, h1, header, p, recipients, signature, title } from '../../helpers/builders';
import { change, cursor, mountDoc, press, type } from './harness';
import { findPart } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const base = (...extra: ReturnType<typeof appendix>[]) => doc(header(), title(), body(h1('I- MỤC TIÊU'), p('Nội dung.')), closing(signature(), recipients()), ...extra);
const labels = (h: ReturnType<typeof mountDoc>) => [...h.view.dom.querySelectorAll('[data-print="appendix-label"]')].map((e) => e.textContent);

describe('appendices', () => {
  it('"Thêm phụ lục" adds one after the closing, drawn from a new page; two are numbered 1, 2', () => {
    const h = mountDoc(base());
    addAppendix(h.view.state, h.view.dispatch);
    expect(h.doc().childCount).toBe(5);
    expect(h.doc().child(4).attrs.label).toBe('PHỤ LỤC');
    expect(h.view.dom.querySelector('.vt-part-appendix')!.getAttribute('data-break')).toBe('page');
    expect(h.view.state.selection.$from.node(1).type.name).toBe('appendix');
    addAppendix(h.view.state, h.view.dispatch);
    expect(labels(h)).toEqual(['PHỤ LỤC 1', 'PHỤ LỤC 2']);
  });

  it('its title is edited through the form; its blocks take the body editing (input rules, tables, Tab)', () => {
    const h = mountDoc(base());
    addAppendix(h.view.state, h.view.dispatch);
    change(h.view.dom.querySelector('[data-form="appendix"] [data-field="title"]')!, 'Danh sách  các đơn vị');
    expect(h.doc().child(4).attrs.title).toBe('Danh sách các đơn vị');
    expect(h.view.dom.querySelector('[data-print="appendix-title"]')!.textContent).toBe('Danh sách các đơn vị');
    type(h.view, 'I- CÁC ĐƠN VỊ');
    expect(h.doc().child(4).child(0).type.name).toBe('heading');
    press(h.view, 'Enter');
    type(h.view, '1. Khối đảng');
    press(h.view, 'Tab');
    expect(h.doc().child(4).child(1).textContent).toBe('a) Khối đảng');
    insertTable(2, 2)(h.view.state, h.view.dispatch);
    expect(h.doc().child(4).child(2).type.name).toBe('table');
    expect(h.view.dom.querySelector('.vt-appendix table')).not.toBeNull();
  });

  it('"Xóa phụ lục" removes it and renumbers the rest; undo brings it back', () => {
    const h = mountDoc(base(appendix('PHỤ LỤC 1', 'Một', p('a')), appendix('PHỤ LỤC 2', 'Hai', p('b'))));
    (h.view.dom.querySelector('[data-action="remove-appendix"]') as HTMLButtonElement).click();
    expect(h.doc().childCount).toBe(5);
    expect(h.doc().child(4).attrs).toEqual({ label: 'PHỤ LỤC', title: 'Hai' });
    press(h.view, 'z', { ctrl: true });
    expect(labels(h)).toEqual(['PHỤ LỤC 1', 'PHỤ LỤC 2']);
  });

  it('Ctrl+A in an appendix selects that appendix only; deleting it keeps the part', () => {
    const h = mountDoc(base(appendix('PHỤ LỤC', 'Một', p('đoạn một'), p('đoạn hai'))));
    const start = h.doc().content.size - h.doc().child(4).nodeSize + 2;
    cursor(h.view, start);
    press(h.view, 'a', { ctrl: true });
    press(h.view, 'Backspace');
    expect(h.doc().childCount).toBe(5);
    expect(h.doc().child(4).textContent).toBe('');
    expect(findPart(h.doc(), 'body').textContent).toBe('I- MỤC TIÊUNội dung.');
  });

  it('the lock refuses adding, removing or retitling an appendix outside the app, and changes reaching the closing', () => {
    const h = mountDoc(base(appendix('PHỤ LỤC', 'Một', p('a'))));
    const before = h.doc().toJSON();
    const end = h.doc().content.size;
    const ap = end - h.doc().child(4).nodeSize;
    h.view.dispatch(h.view.state.tr.insert(end, schema.nodes.appendix.create(null, p('x'))));
    h.view.dispatch(h.view.state.tr.delete(ap, end));
    h.view.dispatch(h.view.state.tr.setNodeMarkup(ap, undefined, { label: 'PHỤ LỤC', title: 'Khác' }));
    const bodyEnd = 2 + findPart(h.doc(), 'body').nodeSize - 2;
    h.view.dispatch(h.view.state.tr.setSelection(TextSelection.create(h.doc(), bodyEnd, ap + 2)));
    type(h.view, 'x');
    press(h.view, 'Delete');
    expect(h.doc().toJSON()).toEqual(before);
  });

  it('an appendix of a locked document cannot be edited, added or removed', () => {
    const h = mountDoc(base(appendix('PHỤ LỤC', 'Một', p('a'))));
    h.setIssued(true);
    const before = h.doc().toJSON();
    addAppendix(h.view.state, h.view.dispatch);
    (h.view.dom.querySelector('[data-action="remove-appendix"]') as HTMLButtonElement).click();
    change(h.view.dom.querySelector('[data-form="appendix"] [data-field="title"]')!, 'Khác');
    expect(h.doc().toJSON()).toEqual(before);
  });
});
