// @vitest-environment jsdom
/**
 * Tables in the body: inserted at the cursor, rows and columns added and removed around the cursor,
 * Tab / Shift-Tab from cell to cell (Tab keeps changing levels outside tables), and the result still
 * written by the DOCX exporter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { blocksFromCompact } from '../../../../common/model';
import { HD36 } from '../../../../common/profile/hd36';
import { BLOCK_WRITERS } from '../../../../main/export/docx/body';
import { addColumn, addRow, cellAt, cellPos, deleteColumn, deleteRow, deleteTable, insertTable } from '../../../../renderer/editor/commands/table-commands';
import { body, closing, doc, header, p, recipients, signature, title } from '../../../helpers/builders';
import { cursor, mountDoc, press, type } from '../harness';
import { findPart } from '../../../../common/model/parts';

afterEach(() => { document.body.innerHTML = ''; });

/** A document whose body is a paragraph, a 2 × 2 table and a paragraph. */
const withTable = () => mountDoc(doc(header(), title(), body(p('Mở đầu.'), ...blocksFromCompact([{ table: [['Nội dung', 'Kết quả'], ['Một', 'Hai']] }]), p('Kết thúc.')),
  closing(signature(), recipients())));

const texts = (t: Node) => { const out: string[][] = []; t.forEach((r) => { const row: string[] = []; r.forEach((c) => row.push(c.textContent)); out.push(row); }); return out; };
const tableOf = (h: ReturnType<typeof mountDoc>) => findPart(h.doc(), 'body').child(1);
const tablePos = (h: ReturnType<typeof mountDoc>) => 2 + 1 + findPart(h.doc(), 'body').child(0).nodeSize;
/** Puts the cursor in cell (row, col) of the body's table. */
const inCell = (h: ReturnType<typeof mountDoc>, row: number, col: number) => cursor(h.view, cellPos(tablePos(h), tableOf(h), row, col) + 2);
const run = (h: ReturnType<typeof mountDoc>, c: (s: typeof h.view.state, d: typeof h.view.dispatch) => boolean) => c(h.view.state, h.view.dispatch);

describe('table editing', () => {
  it('inserts a rows × columns table in place of an empty paragraph, the first row a header', () => {
    const h = mountDoc(doc(header(), title(), body(p('Đoạn một.'), p()), closing(signature(), recipients())));
    cursor(h.view, 2 + 1 + findPart(h.doc(), 'body').child(0).nodeSize + 1);
    expect(run(h, insertTable(3, 4))).toBe(true);
    const t = findPart(h.doc(), 'body').child(1);
    expect(findPart(h.doc(), 'body').childCount).toBe(2);
    expect([t.childCount, t.child(0).childCount]).toEqual([3, 4]);
    expect(t.child(0).child(0).attrs.header).toBe(true);
    expect(t.child(1).child(0).attrs.header).toBe(false);
    expect(cellAt(h.view.state.selection.$from)).toMatchObject({ row: 0, col: 0 });
  });

  it('inserts after the block holding the cursor when it has text', () => {
    const h = mountDoc(doc(header(), title(), body(p('Đoạn một.'), p('Đoạn hai.')), closing(signature(), recipients())));
    cursor(h.view, 5);
    run(h, insertTable(2, 2));
    expect(findPart(h.doc(), 'body').child(1).type.name).toBe('table');
    expect(findPart(h.doc(), 'body').child(2).textContent).toBe('Đoạn hai.');
  });

  it('adds rows above and below, columns left and right, around the cursor', () => {
    const h = withTable();
    inCell(h, 1, 0);
    run(h, addRow(false));
    expect(texts(tableOf(h))).toEqual([['Nội dung', 'Kết quả'], ['Một', 'Hai'], ['', '']]);
    expect(cellAt(h.view.state.selection.$from)).toMatchObject({ row: 2, col: 0 });
    inCell(h, 1, 0);
    run(h, addRow(true));
    expect(texts(tableOf(h))).toEqual([['Nội dung', 'Kết quả'], ['', ''], ['Một', 'Hai'], ['', '']]);
    inCell(h, 0, 1);
    run(h, addColumn(true));
    run(h, addColumn(false));
    expect(texts(tableOf(h))[0]).toEqual(['Nội dung', '', '', 'Kết quả']);
    expect(tableOf(h).child(0).child(1).attrs.header).toBe(true);
  });

  it('a row added above the header row becomes the header; the old header row is a plain row', () => {
    const h = withTable();
    inCell(h, 0, 0);
    run(h, addRow(true));
    const t = tableOf(h);
    expect(t.child(0).child(0).attrs.header).toBe(true);
    expect(t.child(1).child(0).attrs.header).toBe(false);
    expect(texts(t)[1]).toEqual(['Nội dung', 'Kết quả']);
  });

  it('deletes rows and columns; the last one deletes the table; "Xóa bảng" removes it', () => {
    const h = withTable();
    inCell(h, 1, 1);
    run(h, deleteColumn);
    expect(texts(tableOf(h))).toEqual([['Nội dung'], ['Một']]);
    run(h, deleteRow);
    expect(texts(tableOf(h))).toEqual([['Nội dung']]);
    run(h, deleteRow);
    expect(findPart(h.doc(), 'body').childCount).toBe(2);
    expect(findPart(h.doc(), 'body').child(1).textContent).toBe('Kết thúc.');
    const g = withTable();
    inCell(g, 0, 0);
    run(g, deleteTable);
    expect(findPart(g.doc(), 'body').childCount).toBe(2);
    expect(deleteTable(g.view.state)).toBe(false);
  });

  it('deleting the only block of the body leaves an empty paragraph', () => {
    const h = mountDoc(doc(header(), title(), body(...blocksFromCompact([{ table: [['A']] }])), closing(signature(), recipients())));
    cursor(h.view, cellPos(3, findPart(h.doc(), 'body').child(0), 0, 0) + 2);
    run(h, deleteTable);
    expect(findPart(h.doc(), 'body').childCount).toBe(1);
    expect(findPart(h.doc(), 'body').child(0).type.name).toBe('paragraph');
  });

  it('Tab and Shift-Tab move between cells; Tab in the last cell adds a row; outside tables Tab changes the level', () => {
    const h = withTable();
    inCell(h, 0, 0);
    press(h.view, 'Tab');
    expect(cellAt(h.view.state.selection.$from)).toMatchObject({ row: 0, col: 1 });
    expect(h.view.state.doc.textBetween(h.view.state.selection.from, h.view.state.selection.to)).toBe('Kết quả');
    press(h.view, 'Tab');
    expect(cellAt(h.view.state.selection.$from)).toMatchObject({ row: 1, col: 0 });
    press(h.view, 'Tab', { shift: true });
    expect(cellAt(h.view.state.selection.$from)).toMatchObject({ row: 0, col: 1 });
    inCell(h, 1, 1);
    press(h.view, 'Tab');
    expect(tableOf(h).childCount).toBe(3);
    type(h.view, 'Ba');
    expect(texts(tableOf(h))[2]).toEqual(['Ba', '']);
    expect(findPart(h.doc(), 'body').child(0).type.name).toBe('paragraph');
    cursor(h.view, 4);
    press(h.view, 'Tab');
    expect(findPart(h.doc(), 'body').child(0).type.name).toBe('dash_item');
  });

  it('the exporter writes every table shape the commands produce', () => {
    const h = withTable();
    inCell(h, 1, 1);
    run(h, addColumn(false));
    run(h, addRow(false));
    run(h, deleteColumn);
    const out = BLOCK_WRITERS.table(tableOf(h), { profile: HD36 });
    expect(out).toHaveLength(2);
  });
});
