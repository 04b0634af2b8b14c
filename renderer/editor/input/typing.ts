/**
 * Fast typing in long documents: a plain typed character (`beforeinput` insertText, never during
 * an IME composition) is applied as a ProseMirror transaction instead of letting the browser edit
 * the DOM first. Chromium's native insertion costs grow with the size of the editable document
 * (tens of ms at 100 pages); a transaction redraws only the changed paragraph. Compositions
 * (Unikey/Telex, insertCompositionText) stay native so no character is lost.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * Reads a caret move the browser made but ProseMirror has not seen yet: Chromium delivers input
 * before the `selectionchange` of a click or an End key just before it, so without this a fast
 * typist's first letters would go where the caret was. (`domObserver` is ProseMirror's own DOM
 * reader, not in its typings; its flush is what the view runs on `selectionchange`.)
 */
function syncSelection(view: EditorView): void {
  const obs = (view as unknown as { domObserver?: { forceFlush(): void; flush(): void } }).domObserver;
  obs?.forceFlush();
  obs?.flush();
}

/** The typing plugin. */
export function typingPlugin(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        beforeinput(view, event) {
          const e = event as InputEvent;
          if (e.inputType !== 'insertText' || !e.data || e.isComposing || view.composing) return false;
          syncSelection(view);
          const { from, to } = view.state.selection;
          const text = e.data;
          e.preventDefault();
          const deflt = () => view.state.tr.insertText(text);
          if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt))) view.dispatch(deflt().scrollIntoView());
          return true;
        },
      },
    },
  });
}
