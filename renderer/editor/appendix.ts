/**
 * Appendices (phụ lục) as the drafter adds and removes them: each one a part after the closing,
 * printed from a new page, with its label, title and free blocks. Adding and removing are app
 * transactions (the lock refuses any other change to the number or order of the parts); labels the
 * app wrote ("PHỤ LỤC", "PHỤ LỤC 1", …) are renumbered after each change, as the rule numbers them.
 */
import { TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { appendixLabel, isNumberedLabel, schema } from '../../common/model';
import { appTransaction } from './lock';

/** Rewrites the app-written labels of the appendices for their number and order. */
export function renumberAppendices(tr: Transaction): Transaction {
  const at: number[] = [];
  tr.doc.forEach((node, offset) => { if (node.type === schema.nodes.appendix) at.push(offset); });
  at.forEach((pos, i) => {
    const node = tr.doc.nodeAt(pos)!;
    const label = appendixLabel(i, at.length);
    if (isNumberedLabel(node.attrs.label) && node.attrs.label !== label) tr.setNodeMarkup(pos, undefined, { ...node.attrs, label });
  });
  return tr;
}

/** Adds an appendix at the end of the document, with an empty paragraph holding the cursor. */
export const addAppendix: Command = (state, dispatch) => {
  if (dispatch) {
    const end = state.doc.content.size;
    const node = schema.nodes.appendix.create({ title: '' }, schema.nodes.paragraph.create());
    const tr = renumberAppendices(state.tr.insert(end, node));
    dispatch(appTransaction(tr.setSelection(TextSelection.create(tr.doc, end + 2)).scrollIntoView()));
  }
  return true;
};

/** Removes the appendix at `pos` (undo brings it back). */
export const removeAppendix = (pos: number): Command => (state, dispatch) => {
  const node = state.doc.nodeAt(pos);
  if (!node || node.type !== schema.nodes.appendix) return false;
  if (dispatch) dispatch(appTransaction(renumberAppendices(state.tr.delete(pos, pos + node.nodeSize))));
  return true;
};
