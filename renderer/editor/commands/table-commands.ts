/**
 * Table editing over the schema's simple tables (rows of cells, no merged cells, the first row the
 * header when its cells say so): insert a table at the cursor, add a row above/below, a column
 * left/right, delete a row, a column or the table, and Tab / Shift-Tab from cell to cell.
 */
import type { Node, ResolvedPos } from 'prosemirror-model';
import { Selection, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { isFreePart, schema } from '../../../common/model';

/** Where the cursor is in a table: the table's position and node, the row and column indexes. */
export interface CellAt { tablePos: number; table: Node; row: number; col: number }

/** The table cell holding a position, or null outside tables. */
export function cellAt($pos: ResolvedPos): CellAt | null {
  for (let d = $pos.depth; d > 0; d--) {
    if ($pos.node(d).type !== schema.nodes.table_cell) continue;
    return { tablePos: $pos.before(d - 2), table: $pos.node(d - 2), row: $pos.index(d - 2), col: $pos.index(d - 1) };
  }
  return null;
}

/** Whether the selection is inside a table. */
export const inTable = (state: EditorState): boolean => cellAt(state.selection.$from) !== null;

const cell = (header: boolean, text = '') =>
  schema.nodes.table_cell.create({ header }, schema.nodes.paragraph.create(null, text ? schema.text(text) : null));

/** A new table: a header row ("Cột 1" …) then `rows - 1` empty rows, `cols` columns. */
export function newTable(rows: number, cols: number): Node {
  const n = schema.nodes;
  const row = (header: boolean) => n.table_row.create(null, Array.from({ length: cols }, (_, i) => cell(header, header ? `Cột ${i + 1}` : '')));
  return n.table.create(null, Array.from({ length: Math.max(1, rows) }, (_, i) => row(i === 0)));
}

/** The rows of a table as arrays of cells, to rebuild it. */
function grid(table: Node): Node[][] {
  const out: Node[][] = [];
  table.forEach((row) => { const r: Node[] = []; row.forEach((c) => r.push(c)); out.push(r); });
  return out;
}

/** Rebuilds a table from a grid; only the first row keeps the header flag (as printed). */
function build(rows: Node[][], header: boolean): Node {
  return schema.nodes.table.create(null, rows.map((r, i) =>
    schema.nodes.table_row.create(null, r.map((c) => (c.attrs.header === (header && i === 0) ? c : c.type.create({ header: header && i === 0 }, c.content))))));
}

/** Position just before cell (row, col) of a table at `tablePos`. */
export function cellPos(tablePos: number, table: Node, row: number, col: number): number {
  let pos = tablePos + 1;
  for (let r = 0; r < row; r++) pos += table.child(r).nodeSize;
  pos += 1;
  for (let c = 0; c < col; c++) pos += table.child(row).child(c).nodeSize;
  return pos;
}

/** Replaces the table by `next` and puts the cursor in cell (row, col) of it. */
function replaceTable(tr: Transaction, at: CellAt, next: Node, row: number, col: number): Transaction {
  tr.replaceWith(at.tablePos, at.tablePos + at.table.nodeSize, next);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(cellPos(at.tablePos, next, row, col) + 2))).scrollIntoView();
}

/** A command editing the table around the cursor through its grid. */
function edit(f: (rows: Node[][], at: CellAt) => { rows: Node[][]; row: number; col: number } | null): Command {
  return (state, dispatch) => {
    const at = cellAt(state.selection.$from);
    if (!at) return false;
    const header = !!at.table.firstChild?.firstChild?.attrs.header;
    const r = f(grid(at.table), at);
    if (!r) return deleteTable(state, dispatch);
    if (dispatch) dispatch(replaceTable(state.tr, at, build(r.rows, header), r.row, r.col));
    return true;
  };
}

/** Adds an empty row above (`before`) or below the cursor's row. */
export const addRow = (before: boolean): Command => edit((rows, at) => {
  const i = before ? at.row : at.row + 1;
  rows.splice(i, 0, rows[at.row].map(() => cell(false)));
  return { rows, row: i, col: at.col };
});

/** Adds an empty row at the end, cursor in its first cell (Tab in the last cell). */
const appendRow: Command = edit((rows) => {
  rows.push(rows[0].map(() => cell(false)));
  return { rows, row: rows.length - 1, col: 0 };
});

/** Adds an empty column left (`before`) or right of the cursor's column. */
export const addColumn = (before: boolean): Command => edit((rows, at) => {
  const i = before ? at.col : at.col + 1;
  for (const r of rows) r.splice(i, 0, cell(false));
  return { rows, row: at.row, col: i };
});

/** Deletes the cursor's row (the last row deletes the table). */
export const deleteRow: Command = edit((rows, at) => {
  if (rows.length === 1) return null;
  rows.splice(at.row, 1);
  return { rows, row: Math.min(at.row, rows.length - 1), col: at.col };
});

/** Deletes the cursor's column (the last column deletes the table). */
export const deleteColumn: Command = edit((rows, at) => {
  if (rows[0].length === 1) return null;
  for (const r of rows) r.splice(at.col, 1);
  return { rows, row: at.row, col: Math.min(at.col, rows[0].length - 1) };
});

/** Deletes the table around the cursor; an empty paragraph takes its place when it was the only block. */
export const deleteTable: Command = (state, dispatch) => {
  const at = cellAt(state.selection.$from);
  if (!at) return false;
  if (dispatch) {
    const $t = state.doc.resolve(at.tablePos);
    const only = $t.parent.childCount === 1;
    const tr = only ? state.tr.replaceWith(at.tablePos, at.tablePos + at.table.nodeSize, schema.nodes.paragraph.create())
      : state.tr.delete(at.tablePos, at.tablePos + at.table.nodeSize);
    const $p = tr.doc.resolve(at.tablePos);
    const sel = Selection.findFrom($p, -1, true) ?? Selection.findFrom($p, 1, true);
    if (sel) tr.setSelection(sel);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Tab (1) / Shift-Tab (-1): the next or previous cell; Tab in the last cell adds a row, as in Word. */
export const goToCell = (dir: 1 | -1): Command => (state, dispatch) => {
  const at = cellAt(state.selection.$from);
  if (!at) return false;
  const cols = at.table.child(at.row).childCount;
  const index = at.row * cols + at.col + dir;
  if (index < 0) return true;
  if (index >= at.table.childCount * cols) return appendRow(state, dispatch);
  if (dispatch) {
    const pos = cellPos(at.tablePos, at.table, Math.floor(index / cols), index % cols);
    const size = state.doc.nodeAt(pos)!.nodeSize;
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos + 2, pos + size - 2)).scrollIntoView());
  }
  return true;
};

/** Inserts a table of `rows` × `cols` at the cursor (in place of an empty paragraph, else after the block), its first cell selected. */
export const insertTable = (rows = 2, cols = 3): Command => (state, dispatch) => {
  const $from = state.selection.$from;
  if ($from.depth < 2 || !isFreePart($from.node(1))) return false;
  if (dispatch) {
    const block = $from.node(2);
    const empty = block.type === schema.nodes.paragraph && block.content.size === 0;
    const from = empty ? $from.before(2) : $from.after(2);
    const table = newTable(rows, cols);
    const tr = state.tr.replaceWith(from, empty ? $from.after(2) : from, table);
    // The first cell's placeholder selected: typing replaces it, as Tab does for the next cells.
    const first = table.firstChild!.firstChild!;
    dispatch(tr.setSelection(TextSelection.create(tr.doc, from + 4, from + 2 + first.nodeSize - 2)).scrollIntoView());
  }
  return true;
};
