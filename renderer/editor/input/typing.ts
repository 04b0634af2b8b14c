/**
 * Fast typing in long documents: a plain typed character (`beforeinput` insertText, never during
 * an IME composition) is applied as a ProseMirror transaction instead of letting the browser edit
 * the DOM first. Chromium's native insertion costs grow with the size of the editable document
 * (tens of ms at 100 pages); a transaction redraws only the changed paragraph. Compositions
 * (Unikey/Telex, insertCompositionText) stay native so no character is lost.
 */
import type { ResolvedPos } from 'prosemirror-model';
import { Plugin, TextSelection, type PluginView, type Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** A point of the browser's selection: anchor and focus, as nodes and offsets. */
interface DomSelectionPoint {
  anchorNode: globalThis.Node | null;
  anchorOffset: number;
  focusNode: globalThis.Node | null;
  focusOffset: number;
}

/** The browser's selection in the view's root (document or shadow root), or null. */
function domSelectionOf(view: EditorView): globalThis.Selection | null {
  const root = view.root as Document | (ShadowRoot & { getSelection?(): globalThis.Selection | null });
  return root.getSelection?.() ?? document.getSelection();
}

/** A copy of the browser's selection points (the live object changes under us). */
function snapshotOf(selection: globalThis.Selection | null): DomSelectionPoint {
  return {
    anchorNode: selection?.anchorNode ?? null, anchorOffset: selection?.anchorOffset ?? 0,
    focusNode: selection?.focusNode ?? null, focusOffset: selection?.focusOffset ?? 0,
  };
}

/** Whether two snapshots of the browser's selection are the same. */
function samePoints(a: DomSelectionPoint, b: DomSelectionPoint): boolean {
  return a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset;
}

/** A document position of a DOM point, or null when the point is not inside the editor's content. */
function posOfDomPoint(view: EditorView, node: globalThis.Node, offset: number): number | null {
  try {
    const pos = view.posAtDOM(node, offset, 1);
    return pos >= 0 && pos <= view.state.doc.content.size ? pos : null;
  } catch {
    return null;
  }
}

/** The selection between two resolved positions, as the view would make it (its createSelectionBetween prop first). */
function selectionBetween(view: EditorView, $anchor: ResolvedPos, $head: ResolvedPos, bias: number): Selection {
  return view.someProp('createSelectionBetween', (create) => create(view, $anchor, $head)) ?? TextSelection.between($anchor, $head, bias);
}

/** The browser's selection `dom` as a document selection, or null when it is not inside the editor's content. */
function documentSelectionOf(view: EditorView, dom: globalThis.Selection): Selection | null {
  if (!dom.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  const head = posOfDomPoint(view, dom.focusNode, dom.focusOffset);
  const anchor = dom.isCollapsed ? head : posOfDomPoint(view, dom.anchorNode, dom.anchorOffset);
  if (head === null || anchor === null) return null;
  const bias = view.state.selection.head < head ? 1 : -1;
  return selectionBetween(view, view.state.doc.resolve(anchor), view.state.doc.resolve(head), bias);
}

/**
 * Remembers where the browser's selection was when the view last drew its state (plugin views are
 * updated after the view has placed the selection), so a caret move the view has not read yet is
 * told apart from the view's own placement.
 */
class DrawnSelection implements PluginView {
  private drawn: DomSelectionPoint;

  constructor(private readonly view: EditorView) {
    this.drawn = snapshotOf(domSelectionOf(view));
  }

  /** Records the browser's selection as the view left it. */
  update(): void {
    this.drawn = snapshotOf(domSelectionOf(this.view));
  }

  /**
   * Takes a caret move the browser made but ProseMirror has not read yet: Chromium delivers input
   * before the `selectionchange` of a click or an End key just before it, so without this a fast
   * typist's first letters would go where the caret was. When the browser's selection moved since
   * the view last drew its state, it is read through the view's public API (posAtDOM) and applied as
   * a selection transaction — what the view itself does on `selectionchange`.
   */
  syncFromBrowser(): void {
    const dom = domSelectionOf(this.view);
    if (!dom || !this.view.hasFocus() || samePoints(snapshotOf(dom), this.drawn)) return;
    const selection = documentSelectionOf(this.view, dom);
    if (selection && !selection.eq(this.view.state.selection)) this.view.dispatch(this.view.state.tr.setSelection(selection));
    this.drawn = snapshotOf(dom);
  }
}

/** The typing plugin. */
export function typingPlugin(): Plugin {
  const drawnSelections = new WeakMap<EditorView, DrawnSelection>();
  return new Plugin({
    view(view) {
      const drawn = new DrawnSelection(view);
      drawnSelections.set(view, drawn);
      return drawn;
    },
    props: {
      handleDOMEvents: {
        beforeinput(view, event) {
          const input = event as InputEvent;
          if (input.inputType !== 'insertText' || !input.data || input.isComposing || view.composing) return false;
          drawnSelections.get(view)?.syncFromBrowser();
          const { from, to } = view.state.selection;
          const text = input.data;
          input.preventDefault();
          const insertTyped = () => view.state.tr.insertText(text);
          if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insertTyped))) view.dispatch(insertTyped().scrollIntoView());
          return true;
        },
      },
    },
  });
}
