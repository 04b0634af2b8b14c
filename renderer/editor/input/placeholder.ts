/**
 * The template's placeholders in the editor (common/model/placeholder.ts): a click on a blank or a
 * sample sentence selects it whole, so typing, an IME composition (Unikey/Telex) or a paste
 * replaces it; the text that replaces it is the drafter's own and never carries the placeholder
 * mark (greyed in placeholder.css). The mark is not inclusive, so text typed at its edge is not
 * marked either. Undo and redo bring placeholders back as they were.
 */
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { placeholderAt } from '../../../common/model/placeholder';
import './placeholder.css';

/** The key of the placeholder plugin. */
export const placeholderKey = new PluginKey('vanthu-placeholder');

/** Whether the selection covers at least part of a placeholder. */
function selectionTouchesPlaceholder(state: EditorState): boolean {
  const { from, to, empty } = state.selection;
  return !empty && state.doc.rangeHasMark(from, to, state.schema.marks.placeholder);
}

/** The ranges (in the final document) of content inserted by `trs`. */
function insertedRanges(trs: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const tr of trs) {
    ranges = ranges.map(([a, b]) => [tr.mapping.map(a, 1), tr.mapping.map(b, -1)]);
    // Undo and redo restore placeholders as they were: what they bring back is not new input.
    if (!tr.docChanged || isHistoryTransaction(tr) || tr.getMeta(placeholderKey)) continue;
    tr.mapping.maps.forEach((map, i) => {
      const rest = tr.mapping.slice(i + 1);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        if (newEnd > newStart) ranges.push([rest.map(newStart, 1), rest.map(newEnd, -1)]);
      });
    });
  }
  return ranges.filter(([a, b]) => b > a);
}

/** A transaction removing the placeholder mark from `ranges`, or null when none carries it. */
function unmark(state: EditorState, ranges: [number, number][]): Transaction | null {
  const type = state.schema.marks.placeholder;
  const tr = state.tr;
  for (const [a, b] of ranges) {
    const to = Math.min(b, state.doc.content.size);
    if (a < to && state.doc.rangeHasMark(a, to, type)) tr.removeMark(a, to, type);
  }
  return tr.docChanged ? tr.setMeta(placeholderKey, true) : null;
}

/** The range of `after` that differs from `before` (the text a composition wrote), or null. */
function changedRange(before: Node, after: Node): [number, number] | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content);
  return end ? [start, Math.max(start, end.b)] : null;
}

/** A pasted slice without placeholder marks (a copied blank pasted elsewhere is plain text). */
function withoutPlaceholders(slice: Slice, state: EditorState): Slice {
  const type = state.schema.marks.placeholder;
  const strip = (f: Fragment): Fragment => {
    const out: Node[] = [];
    f.forEach((n) => out.push(n.isText ? n.mark(type.removeFromSet(n.marks)) : n.copy(strip(n.content))));
    return Fragment.from(out);
  };
  return new Slice(strip(slice.content), slice.openStart, slice.openEnd);
}

/** The document as it was when the current IME composition started (to find what it wrote). */
class CompositionStart {
  private doc: Node | null = null;

  /** Records the document at `compositionstart`. */
  begin(doc: Node): void {
    this.doc = doc;
  }

  /** The document recorded at the start, once (null when none was). */
  take(): Node | null {
    const doc = this.doc;
    this.doc = null;
    return doc;
  }
}

/** Unmarks what a composition wrote since `before`, once ProseMirror has read it. */
function unmarkComposed(view: EditorView, before: Node | null): void {
  if (!before || view.isDestroyed || view.composing) return;
  const range = changedRange(before, view.state.doc);
  const tr = range && unmark(view.state, [range]);
  if (tr) view.dispatch(tr.setMeta('addToHistory', false));
}

/** A plain single click on a placeholder selects it whole; false for any other click. */
function selectOnClick(view: EditorView, pos: number, event: MouseEvent): boolean {
  if (event.button !== 0 || event.shiftKey || event.detail > 1 || !view.editable) return false;
  const placeholder = placeholderAt(view.state.doc, pos);
  if (!placeholder) return false;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, placeholder.from, placeholder.to)));
  return true;
}

/**
 * A press ProseMirror took for a double or triple click although the browser counts a single click
 * (`detail` 1): on a placeholder, selects it as a click does. ProseMirror then prevents the press, so
 * the browser neither places its caret nor moves the focus: the editor takes the focus itself.
 */
function selectOnMisreadClick(view: EditorView, pos: number, event: MouseEvent): boolean {
  if (event.detail !== 1 || !selectOnClick(view, pos, event)) return false;
  view.focus();
  return true;
}

/** The placeholder plugin of the editor. */
export function placeholderPlugin(): Plugin {
  const composition = new CompositionStart();
  return new Plugin({
    key: placeholderKey,
    props: {
      handleClick: selectOnClick,
      // ProseMirror counts a press within 500 ms and 10 px of the previous one as a double (then triple)
      // click whatever happened in between, and then never calls handleClick. Once a sample sentence is
      // typed over, the page moves up and the next placeholder often lies under the pointer: a quick click
      // on it put the caret where it landed. The browser's own count (event.detail) tells a single click:
      // it selects the placeholder here too, on the press that ProseMirror took for a double click.
      handleDoubleClick: selectOnMisreadClick,
      handleTripleClick: selectOnMisreadClick,
      transformPasted: (slice, view) => withoutPlaceholders(slice, view.state),
      handleDOMEvents: {
        compositionstart(view: EditorView) {
          // The browser would write the composition inside the placeholder's span: delete it first.
          if (view.editable && selectionTouchesPlaceholder(view.state)) view.dispatch(view.state.tr.deleteSelection().scrollIntoView());
          composition.begin(view.state.doc);
          return false;
        },
        compositionend(view: EditorView) {
          const before = composition.take();
          // ProseMirror reads the composed text after this event: unmark it once read.
          setTimeout(() => unmarkComposed(view, before), 60);
          return false;
        },
      },
    },
    appendTransaction(trs, _old, state) {
      if (trs.some((tr) => tr.getMeta('composition') !== undefined)) return null;
      const ranges = insertedRanges(trs);
      return ranges.length ? unmark(state, ranges) : null;
    },
  });
}
