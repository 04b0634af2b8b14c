/** Commands of the editor's toolbar (the keyboard has the same through keymap.ts). */
import { toggleMark } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { schema } from '../../common/model';
import { levelDown, levelUp } from './levels';

/** Inserts a table (a header row and one row, `cols` columns) after the current body block. */
export function insertTable(cols = 3): Command {
  return (state, dispatch) => {
    const $from = state.selection.$from;
    if ($from.depth < 2 || $from.node(1).type !== schema.nodes.body) return false;
    if (dispatch) {
      const n = schema.nodes;
      const row = (header: boolean) => n.table_row.create(null, Array.from({ length: cols }, (_, i) =>
        n.table_cell.create({ header }, n.paragraph.create(null, header ? schema.text(`Cột ${i + 1}`) : null))));
      const pos = $from.after(2);
      dispatch(state.tr.insert(pos, n.table.create(null, [row(true), row(false)])).scrollIntoView());
    }
    return true;
  };
}

/** Toolbar entries: label, title (with the shortcut), command. */
export const TOOLBAR: { label: string; title: string; command: Command }[] = [
  { label: 'B', title: 'Đậm (Ctrl+B)', command: toggleMark(schema.marks.bold) },
  { label: 'I', title: 'Nghiêng (Ctrl+I)', command: toggleMark(schema.marks.italic) },
  { label: 'U', title: 'Gạch chân (Ctrl+U)', command: toggleMark(schema.marks.underline) },
  { label: '⇤', title: 'Lên một cấp (Shift+Tab)', command: levelUp },
  { label: '⇥', title: 'Xuống một cấp (Tab)', command: levelDown },
  { label: 'Bảng', title: 'Chèn bảng sau đoạn đang gõ', command: insertTable() },
];
