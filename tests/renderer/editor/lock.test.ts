// @vitest-environment jsdom
/**
 * The locked parts (header, title, signature, Nơi nhận) cannot be deleted or broken by typing,
 * Backspace, Delete, cut, paste or drag; app edits through the forms pass; undo restores exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AllSelection, NodeSelection, TextSelection } from 'prosemirror-state';
import { partPositions } from '../../../common/rules/check';
import { appTransaction } from '../../../renderer/editor/lock';
import { blockStart, cursor, cut, dragNode, mount, press, type } from './harness';
import { findPart, partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const locked = (json: ReturnType<typeof snapshot>) => ({ header: json.content[0], title: json.content[1], closing: json.content[3] });
const snapshot = (h: ReturnType<typeof mount>) => h.doc().toJSON() as { content: unknown[] };

describe('the structure lock', () => {
  it('Backspace at the start of the body does not reach the title', () => {
    const h = mount();
    const before = snapshot(h);
    const start = partPositions(h.doc()).body + 2;
    cursor(h.view, start);
    for (let i = 0; i < 5; i++) press(h.view, 'Backspace');
    expect(locked(snapshot(h))).toEqual(locked(before));
  });

  it('Delete at the end of the body does not reach the closing', () => {
    const h = mount();
    const before = snapshot(h);
    const body = findPart(h.doc(), 'body');
    const end = partPositions(h.doc()).body + body.nodeSize - 2;
    cursor(h.view, end);
    for (let i = 0; i < 5; i++) press(h.view, 'Delete');
    expect(locked(snapshot(h))).toEqual(locked(before));
    expect(h.doc().childCount).toBe(4);
  });

  it('typing over a selection of the whole document changes nothing', () => {
    const h = mount();
    const before = snapshot(h);
    h.view.dispatch(h.view.state.tr.setSelection(new AllSelection(h.doc())));
    type(h.view, 'xóa hết');
    press(h.view, 'Backspace');
    press(h.view, 'Delete');
    expect(snapshot(h)).toEqual(before);
  });

  it('a selection from the title into the body cannot be cut or overwritten', () => {
    const h = mount();
    const before = snapshot(h);
    const inBody = blockStart(h.view, 'Thực hiện') + 5;
    h.view.dispatch(h.view.state.tr.setSelection(TextSelection.create(h.doc(), 1, inBody)));
    cut(h.view);
    type(h.view, 'a');
    expect(locked(snapshot(h))).toEqual(locked(before));
  });

  it('deleting a locked node directly (node selection) is refused', () => {
    const h = mount();
    const before = snapshot(h);
    for (const pos of [0, 1]) {
      h.view.dispatch(h.view.state.tr.setSelection(NodeSelection.create(h.doc(), pos)));
      press(h.view, 'Delete');
      cut(h.view);
    }
    const sig = partPositions(h.doc()).signature;
    h.view.dispatch(h.view.state.tr.delete(sig, sig + 1));
    expect(snapshot(h)).toEqual(before);
  });

  it('pasting over the whole document or over a locked node is refused; pasting in the body works', () => {
    const h = mount();
    const before = snapshot(h);
    h.view.dispatch(h.view.state.tr.setSelection(new AllSelection(h.doc())));
    h.view.pasteText('I- DÁN ĐÈ\n- một dòng');
    h.view.pasteHTML('<header class="vt-header"></header><p>thay phần đầu</p>');
    expect(snapshot(h)).toEqual(before);
    cursor(h.view, blockStart(h.view, 'Thực hiện'));
    h.view.pasteText('đoạn dán');
    expect(findPart(h.doc(), 'body').child(0).textContent.startsWith('đoạn dán')).toBe(true);
    expect(locked(snapshot(h))).toEqual(locked(before));
  });

  it('dragging the title, header or signature into the body is refused; dragging body text works', () => {
    const h = mount();
    const before = snapshot(h);
    const bodyPos = blockStart(h.view, 'Thực hiện');
    dragNode(h.view, 1, bodyPos + 3);
    dragNode(h.view, 0, bodyPos + 3);
    dragNode(h.view, partPositions(h.doc()).signature, bodyPos + 3);
    expect(snapshot(h)).toEqual(before);
    const heading = blockStart(h.view, 'I- TÌNH') - 1;
    dragNode(h.view, heading, partPositions(h.doc()).body + 1);
    expect(findPart(h.doc(), 'body').child(0).textContent).toBe('I- TÌNH HÌNH VÀ NGUYÊN NHÂN');
  });

  it('form edits pass as app transactions and undo restores them exactly', () => {
    const h = mount();
    const before = snapshot(h);
    const title = findPart(h.doc(), 'title');
    h.view.dispatch(h.view.state.tr.setNodeMarkup(1, undefined, { ...title.attrs, summary: 'sửa không qua form' }));
    expect(snapshot(h)).toEqual(before);
    h.view.dispatch(appTransaction(h.view.state.tr.setNodeMarkup(1, undefined, { ...title.attrs, summary: 'về trích yếu mới' })));
    expect(partAttrs(h.doc(), 'title').summary).toBe('về trích yếu mới');
    cursor(h.view, blockStart(h.view, 'Thực hiện'));
    type(h.view, 'Chèn ');
    press(h.view, 'z', { ctrl: true });
    press(h.view, 'z', { ctrl: true });
    expect(snapshot(h)).toEqual(before);
    press(h.view, 'y', { ctrl: true });
    press(h.view, 'y', { ctrl: true });
    expect(partAttrs(h.doc(), 'title').summary).toBe('về trích yếu mới');
    expect(findPart(h.doc(), 'body').child(0).textContent.startsWith('Chèn ')).toBe(true);
  });

  it('an issued document refuses every change, even from history', () => {
    const h = mount();
    cursor(h.view, blockStart(h.view, 'Thực hiện'));
    type(h.view, 'abc');
    h.setIssued(true);
    const before = snapshot(h);
    type(h.view, 'x');
    press(h.view, 'z', { ctrl: true });
    expect(snapshot(h)).toEqual(before);
    expect(h.view.editable).toBe(false);
  });
});
