// @vitest-environment jsdom
/** Characters XML cannot carry never enter the editor's document: typed, pasted, or written by a form. */
import { afterEach, describe, expect, it } from 'vitest';
import { hasNonXmlChars } from '../../../../common/text/sanitize';
import { blockStart, cursor, mount, type } from '../harness';

afterEach(() => { document.body.innerHTML = ''; });

const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

describe('text XML cannot carry', () => {
  it('is dropped as it is typed', () => {
    const h = mount();
    const at = blockStart(h.view, '');
    cursor(h.view, at);
    type(h.view, 'A\u0001B\uFFFEC\uFFFFD');
    expect(h.doc().textContent).toContain('ABCD');
    expect(hasNonXmlChars(JSON.stringify(h.doc().toJSON()))).toBe(false);
  });

  it('is dropped from pasted text and HTML', () => {
    const h = mount();
    cursor(h.view, blockStart(h.view, ''));
    h.view.pasteText('Dán\u0002 văn\uFFFF bản\u001F thuần');
    expect(h.doc().textContent).toContain('Dán văn bản thuần');
    h.view.pasteHTML('<p>Dán\u0003 HTML\uFFFE lạ</p>');
    expect(h.doc().textContent).toContain('Dán HTML lạ');
    expect(BAD.test(h.doc().textContent)).toBe(false);
  });

  it('is removed from any transaction: a text insertion and a part\'s attributes', () => {
    const h = mount();
    const at = blockStart(h.view, '');
    h.view.dispatch(h.view.state.tr.insertText('x\u0007y\uD800z', at));
    expect(h.doc().textContent).toContain('xyz');
    let titlePos = -1;
    h.doc().forEach((n, pos) => { if (n.type.name === 'title') titlePos = pos; });
    const title = h.doc().nodeAt(titlePos)!;
    h.view.dispatch(h.view.state.tr.setNodeMarkup(titlePos, undefined, { ...title.attrs, summary: 'về\u0001 công\uFFFE tác' }).setMeta('vanthu-app-edit', true));
    expect(h.doc().nodeAt(titlePos)!.attrs.summary).toBe('về công tác');
    expect(hasNonXmlChars(JSON.stringify(h.doc().toJSON()))).toBe(false);
  });

  it('leaves ordinary text and one undo step alone', () => {
    const h = mount();
    const before = h.doc();
    cursor(h.view, blockStart(h.view, ''));
    type(h.view, 'Chữ thường 😀\t');
    expect(h.doc().textContent).toContain('Chữ thường 😀\t');
    expect(h.doc().eq(before)).toBe(false);
  });
});
