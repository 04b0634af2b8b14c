/**
 * Commands of the editor's toolbar (the keyboard has the same through keymap.ts): character marks,
 * block levels, tables and appendices, each with its Vietnamese label.
 */
import { toggleMark } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { schema } from '../../../common/model';
import { addAppendix } from '../appendix';
import { levelDown, levelUp } from './block-levels';
import { addColumn, addRow, deleteColumn, deleteRow, deleteTable, insertTable } from './table-commands';

/** The commands of "Chèn bảng" (after its rows × columns picker) and "Thêm phụ lục", buttons of their own in Toolbar.tsx. */
export { insertTable, addAppendix };

/** One toolbar button: label, title (with the shortcut), command. */
export interface Tool { label: string; title: string; command: Command }

/** Formatting buttons, always shown while the document is editable. */
export const TOOLBAR: Tool[] = [
  { label: 'B', title: 'Đậm (Ctrl+B)', command: toggleMark(schema.marks.bold) },
  { label: 'I', title: 'Nghiêng (Ctrl+I)', command: toggleMark(schema.marks.italic) },
  { label: 'U', title: 'Gạch chân (Ctrl+U)', command: toggleMark(schema.marks.underline) },
  { label: '⇤', title: 'Lên một cấp (Shift+Tab)', command: levelUp },
  { label: '⇥', title: 'Xuống một cấp (Tab)', command: levelDown },
];

/** Table buttons, shown while the cursor is in a table (Tab / Shift+Tab move between cells). */
export const TABLE_TOOLS: Tool[] = [
  { label: 'Thêm hàng trên', title: 'Thêm hàng phía trên hàng đang chọn', command: addRow(true) },
  { label: 'Thêm hàng dưới', title: 'Thêm hàng phía dưới hàng đang chọn (Tab ở ô cuối)', command: addRow(false) },
  { label: 'Thêm cột trái', title: 'Thêm cột bên trái cột đang chọn', command: addColumn(true) },
  { label: 'Thêm cột phải', title: 'Thêm cột bên phải cột đang chọn', command: addColumn(false) },
  { label: 'Xóa hàng', title: 'Xóa hàng đang chọn', command: deleteRow },
  { label: 'Xóa cột', title: 'Xóa cột đang chọn', command: deleteColumn },
  { label: 'Xóa bảng', title: 'Xóa cả bảng', command: deleteTable },
];
