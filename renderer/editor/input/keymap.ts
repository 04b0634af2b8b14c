/**
 * Keyboard of the editor, as a Word user expects it: Ctrl+B/I/U, Ctrl+Z/Y (and Ctrl+Shift+Z),
 * Tab/Shift-Tab changing the block level (moving between cells in a table), Enter continuing a dash list, Shift+Enter a line break,
 * Ctrl+A selecting the body (or the appendix being edited) only (the locked parts are never part of a selection to delete),
 * Ctrl+Home / Ctrl+End (with Shift, extending) to the first / last text of the free parts. Ctrl+S and
 * Ctrl+P are the screen's (they work in the forms too): renderer/screens/compose/shortcuts.ts.
 */
import { baseKeymap, chainCommands, splitBlock, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Selection, TextSelection, type Command, type Plugin } from 'prosemirror-state';
import { isFreePart, schema } from '../../../common/model';
import { undoInputRule } from './input-rules';
import { levelDown, levelUp } from '../commands/block-levels';
import { goToCell } from '../commands/table-commands';

/** Selects the content of the free part holding the cursor, the body by default (Ctrl+A). */
export const selectBody: Command = (state, dispatch) => {
  const $from = state.selection.$from;
  let start = -1;
  let end = -1;
  if ($from.depth >= 1 && isFreePart($from.node(1))) {
    start = $from.start(1);
    end = $from.end(1);
  } else {
    state.doc.forEach((node, offset) => {
      if (node.type === schema.nodes.body) { start = offset + 1; end = offset + node.nodeSize - 1; }
    });
  }
  if (start < 0) return false;
  if (dispatch) dispatch(state.tr.setSelection(TextSelection.between(state.doc.resolve(start), state.doc.resolve(end))));
  return true;
};

/**
 * Ctrl+Home / Ctrl+End: the caret to the start of the first free part (the body) or the end of the
 * last (the body or the last appendix), as Word goes to the document's ends — the browser cannot,
 * since the document starts and ends with locked parts. `extend` keeps the anchor (Shift).
 */
export function documentEdge(dir: -1 | 1, extend: boolean): Command {
  return (state, dispatch) => {
    let from = -1;
    let to = -1;
    state.doc.forEach((node, offset) => {
      if (!isFreePart(node)) return;
      if (from < 0) from = offset + 1;
      to = offset + node.nodeSize - 1;
    });
    if (from < 0) return false;
    const edge = dir < 0 ? Selection.findFrom(state.doc.resolve(from), 1, true) : Selection.findFrom(state.doc.resolve(to), -1, true);
    if (!edge) return false;
    if (dispatch) {
      const sel = extend ? TextSelection.create(state.doc, state.selection.anchor, edge.head) : edge;
      dispatch(state.tr.setSelection(sel).scrollIntoView());
    }
    return true;
  };
}

/** Enter in a dash item: a new "- " item; on an empty item, back to a paragraph. */
export const continueDash: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== schema.nodes.dash_item) return false;
  const text = $from.parent.textContent;
  if (/^[-\s]*$/u.test(text)) {
    if (dispatch) {
      const start = $from.start();
      dispatch(state.tr.delete(start, start + text.length).setBlockType(start, start, schema.nodes.paragraph));
    }
    return true;
  }
  return splitBlock(state, dispatch && ((tr) => {
    const pos = tr.selection.from;
    tr.setBlockType(pos, pos, schema.nodes.dash_item);
    dispatch(tr.insertText('- ', pos));
  }));
};

const hardBreak: Command = (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
};

/** The editor's keymaps, most specific first. */
export function editorKeymaps(): Plugin[] {
  const m = schema.marks;
  return [
    keymap({
      'Mod-b': toggleMark(m.bold), 'Mod-i': toggleMark(m.italic), 'Mod-u': toggleMark(m.underline),
      'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo,
      Tab: chainCommands(goToCell(1), levelDown), 'Shift-Tab': chainCommands(goToCell(-1), levelUp),
      Enter: continueDash, 'Shift-Enter': hardBreak,
      'Mod-a': selectBody,
      'Mod-Home': documentEdge(-1, false), 'Mod-End': documentEdge(1, false),
      'Shift-Mod-Home': documentEdge(-1, true), 'Shift-Mod-End': documentEdge(1, true),
      Backspace: undoInputRule,
    }),
    keymap({ ...baseKeymap, Enter: chainCommands(baseKeymap.Enter) }),
  ];
}
