/**
 * The structure lock, enforced at the transaction level: a transaction that changes the header,
 * the title, the closing (signature, Nơi nhận), an appendix's label or title, or the number and
 * order of the parts is refused unless the app itself marked it (`appTransaction`) — the forms of
 * the node views and "Thêm phụ lục" / "Xóa phụ lục" do (the schema keeps header, title, body and
 * closing present and in order even then). The blocks of the body and of each appendix are free.
 * Undo and redo of app changes replay exact inverses and are let through. While locked (submitted
 * or issued) every change is refused, app edits and history included.
 */
import type { Node } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';

/** Meta key of transactions the app makes on locked parts (never set by typing or pasting). */
export const APP_META = 'vanthu-app-edit';
/** Key of the lock plugin; its state says whether the whole document is read-only (issued). */
export const lockKey = new PluginKey<{ issued: boolean }>('vanthu-lock');

/** Marks a transaction as an app edit of a locked part (forms, numbering). */
export function appTransaction(tr: Transaction): Transaction {
  return tr.setMeta(APP_META, true);
}

/** Whether the locked parts of two documents are identical (same structured parts, same order). */
export function lockedPartsEqual(a: Node, b: Node): boolean {
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) {
    const x = a.child(i);
    const y = b.child(i);
    if (x.type !== y.type) return false;
    if (x.type.name !== 'body' && x.type.name !== 'appendix' && !x.eq(y)) return false;
    if (x.type.name === 'appendix' && (x.attrs.label !== y.attrs.label || x.attrs.title !== y.attrs.title)) return false;
  }
  return true;
}

/**
 * Whether a transaction is an undo or redo, or was appended to one by a plugin (`appendedTransaction`
 * is the meta ProseMirror sets on appended transactions to their root transaction).
 */
function fromHistory(tr: Transaction): boolean {
  const root = tr.getMeta('appendedTransaction') as Transaction | undefined;
  return isHistoryTransaction(tr) || (!!root && isHistoryTransaction(root));
}

/** Whether a transaction may be applied to a state. */
export function allowed(tr: Transaction, state: EditorState): boolean {
  if (!tr.docChanged) return true;
  if (lockKey.getState(state)?.issued) return false;
  if (tr.getMeta(APP_META)) return true;
  if (fromHistory(tr)) return true;
  return lockedPartsEqual(state.doc, tr.doc);
}

/** The lock plugin; `issued` makes the whole document read-only (set after registration). */
export function lockPlugin(issued = false): Plugin {
  return new Plugin({
    key: lockKey,
    state: {
      init: () => ({ issued }),
      apply: (tr, v) => {
        const m = tr.getMeta(lockKey) as { issued: boolean } | undefined;
        return m ?? v;
      },
    },
    filterTransaction: allowed,
  });
}
