/**
 * The editor's toolbar: bold/italic/underline and levels, "Chèn bảng" (rows × columns), "Thêm phụ
 * lục", and — while the cursor is in a table — the table's row and column buttons. Buttons act on
 * mousedown without taking the focus from the page, so the selection stays where the user put it.
 */
import { useState } from 'react';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { addAppendix, insertTable, TABLE_TOOLS, TOOLBAR, type Tool } from './commands/toolbar-commands';

/** Props of Toolbar. */
export interface ToolbarProps {
  view(): EditorView | undefined;
  /** Whether the cursor is in a table (shows the table buttons). */
  inTable: boolean;
}

function run(view: EditorView | undefined, command: Command): void {
  if (!view) return;
  command(view.state, view.dispatch);
  view.focus();
}

function ToolButton({ t, view, wide }: { t: Tool; view: ToolbarProps['view']; wide?: boolean }) {
  return (
    <button type="button" className={wide ? 'vt-tool vt-tool-wide' : 'vt-tool'} title={t.title} aria-label={wide ? undefined : t.title}
      onMouseDown={(e) => { e.preventDefault(); run(view(), t.command); }}>{t.label}</button>
  );
}

/** The toolbar's editing buttons (the zoom and page count stay in the page view's bar). */
export function Toolbar({ view, inTable }: ToolbarProps) {
  const [picker, setPicker] = useState(false);
  const [size, setSize] = useState({ rows: 3, cols: 3 });
  const clamp = (v: string) => Math.min(30, Math.max(1, Math.round(Number(v)) || 1));
  return (
    <span className="vt-tools">
      {TOOLBAR.map((t) => <ToolButton key={t.label} t={t} view={view} />)}
      <span className="vt-insert-table">
        <button type="button" className="vt-tool vt-tool-wide" aria-expanded={picker} onMouseDown={(e) => { e.preventDefault(); setPicker(!picker); }}>Chèn bảng</button>
        {picker && (
          <span className="vt-table-picker" role="group" aria-label="Kích thước bảng">
            <label>Số hàng <input type="number" min={1} max={30} value={size.rows} onChange={(e) => setSize({ ...size, rows: clamp(e.target.value) })} /></label>
            <label>Số cột <input type="number" min={1} max={12} value={size.cols} onChange={(e) => setSize({ ...size, cols: Math.min(12, clamp(e.target.value)) })} /></label>
            <button type="button" onClick={() => { setPicker(false); run(view(), insertTable(size.rows, size.cols)); }}>Chèn</button>
          </span>
        )}
      </span>
      <button type="button" className="vt-tool vt-tool-wide" title="Thêm một phụ lục sau phần ký (in sang trang mới)"
        onMouseDown={(e) => { e.preventDefault(); run(view(), addAppendix); }}>Thêm phụ lục</button>
      {inTable && (
        <span className="vt-table-tools" role="group" aria-label="Bảng">
          {TABLE_TOOLS.map((t) => <ToolButton key={t.label} t={t} view={view} wide />)}
        </span>
      )}
    </span>
  );
}
