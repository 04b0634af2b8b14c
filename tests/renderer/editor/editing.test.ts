// @vitest-environment jsdom
/** Editing the body as a Word user does, and filling the locked parts through their forms. */
import { afterEach, describe, expect, it } from 'vitest';
import { schema } from '../../../common/model';
import { cleanWordHtml, parsePlainText } from '../../../renderer/editor/input/paste';
import { blockStart, cursor, mount, press, type } from './harness';
import { findPart, partAttrs } from '../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

const bodyBlocks = (h: ReturnType<typeof mount>) => {
  const out: [string, string][] = [];
  findPart(h.doc(), 'body').forEach((b) => out.push([b.type.name + (b.attrs.level ? b.attrs.level : ''), b.textContent]));
  return out;
};

/** A new empty paragraph at the end of the body, cursor in it. */
function newParagraph(h: ReturnType<typeof mount>): void {
  const body = findPart(h.doc(), 'body');
  const end = 2 + body.nodeSize - 2;
  cursor(h.view, end);
  press(h.view, 'Enter');
}

describe('body editing', () => {
  it('input rules turn "I- ", "1. ", "a) ", "- " into headings and dash items, keeping the prefix', () => {
    const h = mount();
    for (const [typed, kind] of [['I- KẾT LUẬN', 'heading1'], ['1. Mục một', 'heading2'], ['a) Điểm a', 'heading3'], ['- ý gạch đầu dòng', 'dash_item']]) {
      newParagraph(h);
      type(h.view, typed);
      expect(bodyBlocks(h).at(-1)).toEqual([kind, typed]);
    }
  });

  it('Backspace right after an input rule undoes the conversion', () => {
    const h = mount();
    newParagraph(h);
    type(h.view, 'I- ');
    press(h.view, 'Backspace');
    expect(bodyBlocks(h).at(-1)![0]).toBe('paragraph');
  });

  it('Ctrl+B, Ctrl+I, Ctrl+U toggle the marks of the selection', () => {
    const h = mount();
    const p = blockStart(h.view, 'Thực hiện');
    cursor(h.view, p, p + 9);
    press(h.view, 'b', { ctrl: true });
    press(h.view, 'i', { ctrl: true });
    press(h.view, 'u', { ctrl: true });
    const marks = findPart(h.doc(), 'body').child(0).firstChild!.marks.map((m) => m.type.name).filter((m) => m !== 'placeholder').sort(); // the template's sample text
    expect(marks).toEqual(['bold', 'italic', 'underline']);
    press(h.view, 'b', { ctrl: true });
    expect(findPart(h.doc(), 'body').child(0).firstChild!.marks.map((m) => m.type.name)).not.toContain('bold');
  });

  it('Tab moves a block a level down and renumbers its prefix; Shift-Tab moves it up', () => {
    const h = mount();
    cursor(h.view, blockStart(h.view, '2. Hạn chế') + 3);
    press(h.view, 'Tab');
    expect(bodyBlocks(h).find(([, t]) => t.endsWith('Hạn chế và nguyên nhân'))).toEqual(['heading3', 'a) Hạn chế và nguyên nhân']);
    press(h.view, 'Tab', { shift: true });
    expect(bodyBlocks(h).find(([, t]) => t.endsWith('Hạn chế và nguyên nhân'))).toEqual(['heading2', '2. Hạn chế và nguyên nhân']);
    cursor(h.view, blockStart(h.view, 'Hạ tầng kỹ thuật'));
    press(h.view, 'Tab');
    expect(bodyBlocks(h).find(([, t]) => t.includes('Hạ tầng kỹ thuật'))![0]).toBe('dash_item');
    expect(bodyBlocks(h).find(([, t]) => t.includes('Hạ tầng kỹ thuật'))![1].startsWith('- Hạ tầng')).toBe(true);
  });

  it('Enter in a dash item continues the list; Enter on an empty item ends it', () => {
    const h = mount();
    const p = blockStart(h.view, '- 100% cán bộ');
    cursor(h.view, p + h.doc().resolve(p).parent.content.size);
    press(h.view, 'Enter');
    type(h.view, 'ý mới');
    const blocks = bodyBlocks(h);
    const i = blocks.findIndex(([, t]) => t === '- ý mới');
    expect(blocks[i][0]).toBe('dash_item');
    press(h.view, 'Enter');
    press(h.view, 'Enter');
    expect(bodyBlocks(h)[i + 1]).toEqual(['paragraph', '']);
  });

  it('Ctrl+A selects the body only', () => {
    const h = mount();
    cursor(h.view, blockStart(h.view, 'Thực hiện'));
    press(h.view, 'a', { ctrl: true });
    const { from, to } = h.view.state.selection;
    expect(from).toBe(4);
    expect(h.doc().resolve(to).node(1).type.name).toBe('body');
  });

  it('plain text paste recognises headings and dash items', () => {
    const slice = parsePlainText('I- TÌNH HÌNH\r\n1. Kết quả\n\na) Về tổ chức\n• ý một\n- ý hai\nĐoạn văn thường.\n1. Một đoạn đánh số dài kết thúc bằng dấu chấm.');
    const kinds: string[] = [];
    slice.content.forEach((n) => kinds.push(`${n.type.name}${n.attrs.level ?? ''}:${n.textContent}`));
    expect(kinds).toEqual(['heading1:I- TÌNH HÌNH', 'heading2:1. Kết quả', 'heading3:a) Về tổ chức', 'dash_item:- ý một', 'dash_item:- ý hai', 'paragraph:Đoạn văn thường.', 'paragraph:1. Một đoạn đánh số dài kết thúc bằng dấu chấm.']);
  });

  it('Word HTML paste keeps marks and turns list bullets into dash items', () => {
    const h = mount();
    const word = '<html><head><style>p.MsoNormal{}</style></head><body><!--StartFragment--><p class=MsoNormal><b>II- NHIỆM VỤ</b><o:p></o:p></p>'
      + '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>Tăng cường <i>kiểm tra</i></p><!--EndFragment--></body></html>';
    expect(cleanWordHtml(word)).not.toContain('mso-list:Ignore');
    newParagraph(h);
    h.view.pasteHTML(word);
    const blocks = bodyBlocks(h);
    expect(blocks.some(([k, t]) => k === 'heading1' && t === 'II- NHIỆM VỤ')).toBe(true);
    const dash = findPart(h.doc(), 'body').content.content.find((b) => b.type === schema.nodes.dash_item && b.textContent.includes('Tăng cường'))!;
    expect(dash.textContent).toBe('- Tăng cường kiểm tra');
    expect(dash.lastChild!.marks.map((m) => m.type.name)).toEqual(['italic']);
  });
});

describe('forms of the locked parts', () => {
  const change = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('the date field writes the date line by the rule and refuses an impossible date', () => {
    const h = mount();
    const form = h.view.dom.querySelector('[data-form="header"]')!;
    change(form.querySelector('[data-field="date"]')!, '6/3/2021');
    expect(partAttrs(h.doc(), 'header').date).toBe('2021-03-06');
    expect(h.view.dom.querySelector('[data-print="date"]')!.textContent).toBe('Ninh Bình, ngày 06 tháng 3 năm 2021');
    change(form.querySelector('[data-field="date"]')!, '30/02/2021');
    expect(partAttrs(h.doc(), 'header').date).toBe('2021-03-06');
    expect(form.querySelector('.vt-hint')!.textContent).toMatch(/không có trên lịch/);
    // Emptied: the clerk's blanks, exactly as the exported DOCX prints them (no year filled in).
    change(form.querySelector('[data-field="date"]')!, '');
    expect(partAttrs(h.doc(), 'header').date).toBeNull();
    expect(h.view.dom.querySelector('[data-print="date"]')!.textContent).toBe('Ninh Bình, ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm');
  });

  it('the title summary and the signer are edited through their forms, with a warning on a wrong authority', () => {
    const h = mount();
    change(h.view.dom.querySelector('[data-form="title"] [data-field="summary"]')!, 'về  công tác   cán bộ');
    expect(partAttrs(h.doc(), 'title').summary).toBe('về công tác cán bộ');
    const sig = h.view.dom.querySelector('[data-form="signature"]')!;
    change(sig.querySelector('[data-field="signer"]')!, '1');
    expect(h.view.dom.querySelector('.vt-part-signature .vt-print')!.textContent).toContain('T/M BAN THƯỜNG VỤ');
    expect(h.view.dom.querySelector('[data-print="signer"]')!.textContent).toBe('Trần Thị Bình');
    change(sig.querySelector('[data-field="authority"]')!, 'K/T');
    expect(sig.querySelector('[data-warning="authority"]')!.textContent).toMatch(/không ký K\/T/);
  });

  it('Nơi nhận takes addressees from the address book and keeps the Lưu line last', () => {
    const h = mount();
    const form = h.view.dom.querySelector('[data-form="recipients"]')!;
    const before = partAttrs(h.doc(), 'recipients').items.length;
    change(form.querySelector('[data-field="book"]')!, '1');
    change(form.querySelector('[data-field="archive"]')!, '- Lưu: Văn phòng Tỉnh ủy.');
    const r = partAttrs(h.doc(), 'recipients');
    expect(r.items.length).toBe(before + 1);
    expect(r.archive).toBe('Văn phòng Tỉnh ủy');
    const lines = [...h.view.dom.querySelectorAll('.vt-part-recipients .vt-print .vt-c-recipient')].map((p) => p.textContent);
    expect(lines.at(-1)).toBe('- Lưu Văn phòng Tỉnh ủy.');
    expect(lines[0]).toBe('- Ban Bí thư Trung ương Đảng,');
  });
});

describe('toolbar commands', () => {
  it('inserts a table after the current block, with a header row', async () => {
    const { insertTable } = await import('../../../renderer/editor/commands/toolbar-commands');
    const h = mount();
    cursor(h.view, blockStart(h.view, 'Thực hiện'));
    insertTable(2)(h.view.state, h.view.dispatch);
    const t = findPart(h.doc(), 'body').child(1);
    expect(t.type.name).toBe('table');
    expect(t.child(0).child(0).attrs.header).toBe(true);
    expect(t.childCount).toBe(2);
  });
});
