// @vitest-environment jsdom
/**
 * The closing mark the exporter appends is shown where it prints, from the profile; a new profile
 * (the header date moved across HD 36 / HD 05) restyles the same view and keeps the undo history.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { blocksFromCompact, closingSuffix } from '../../../common/model';
import { HD05 } from '../../../common/profile/hd05';
import { HD36 } from '../../../common/profile/hd36';
import { defaultOrganisation } from '../../../main/templates/index';
import { body, closing, doc, header, p, recipients, signature, title } from '../../helpers/builders';
import { change, cursor, mountDoc, press, type } from './harness';
import { findPart, partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const mark = (h: ReturnType<typeof mountDoc>) => h.view.dom.querySelector<HTMLElement>('.vt-body .vt-closing-mark')?.dataset.mark ?? null;
const withBody = (...blocks: ReturnType<typeof p>[]) => doc(header(), title(), body(...blocks), closing(signature(), recipients()));

describe('closing mark in the page view', () => {
  it('follows the exporter rule: the mark, or its rest after a full stop, or nothing', () => {
    expect(closingSuffix('Thực hiện', './.')).toBe('./.');
    expect(closingSuffix('Thực hiện.', './.')).toBe('/.');
    expect(closingSuffix('Thực hiện./.', './.')).toBe('');
    expect(closingSuffix('Thực hiện.', '.')).toBe('');
    expect(closingSuffix('Thực hiện', '.')).toBe('.');
  });

  it('is drawn after the last body block, from the profile, and follows typing', () => {
    const h = mountDoc(withBody(p('Mở đầu.'), p('Tổ chức thực hiện')));
    expect(mark(h)).toBe(HD36.wording.closingMark);
    expect(h.view.dom.querySelector('.vt-body > p:last-child > .vt-closing-mark')).not.toBeNull();
    cursor(h.view, findPart(h.doc(), 'header').nodeSize + findPart(h.doc(), 'title').nodeSize + findPart(h.doc(), 'body').nodeSize - 2);
    type(h.view, '.');
    expect(mark(h)).toBe('/.');
    expect(findPart(h.doc(), 'body').lastChild!.textContent).toBe('Tổ chức thực hiện.');
  });

  it('is not drawn after a table, where the exporter writes none', () => {
    const h = mountDoc(withBody(p('Mở đầu.'), ...blocksFromCompact([{ table: [['A', 'B']] }])));
    expect(mark(h)).toBeNull();
  });
});

describe('a new profile keeps the editor', () => {
  it('swaps the profile in place: same view, new closing mark, undo history kept', () => {
    const h = mountDoc(withBody(p('Tổ chức thực hiện')));
    const dom = h.view.dom;
    cursor(h.view, findPart(h.doc(), 'header').nodeSize + findPart(h.doc(), 'title').nodeSize + 2);
    type(h.view, 'Các cấp ủy ');
    change(h.view.dom.querySelector('[data-form="header"] [data-field="date"]')!, '01/7/2026');
    h.setEnv({ org: defaultOrganisation(), profile: HD05, typeId: 'nghi-quyet' });
    expect(h.view.dom).toBe(dom);
    expect(mark(h)).toBe(HD05.wording.closingMark);
    press(h.view, 'z', { ctrl: true });
    expect(partAttrs(h.doc(), 'header').date).toBeNull();
    press(h.view, 'z', { ctrl: true });
    expect(findPart(h.doc(), 'body').textContent).toBe('Tổ chức thực hiện');
  });
});
