/**
 * While a locked part's form is open it owns the keyboard: the body is never the target of typing,
 * an IME composition, paste, drop or cut, even when the focus is still there (a script, or a click
 * that left the caret). Such input is refused and the focus goes to the open form. A mouse press in
 * the body outside every form is the user choosing the body: the open forms close first.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** What the guard needs of the node views: the open form, if any, and closing them all. */
export interface OpenForms {
  /** Focuses the open form (its first field); false when no form is open. */
  focusOpen(): boolean;
  /** Whether the element is inside a form or a printed part of a node view. */
  inPart(target: EventTarget | null): boolean;
  /** Closes every open form. */
  closeAll(): void;
}

const INPUT_EVENTS = ['beforeinput', 'paste', 'drop', 'cut', 'compositionstart'] as const;
/** Keys that change the body when it has the focus (the rest — arrows, Ctrl+C, F-keys — are harmless). */
const EDIT_KEYS = /^(?:Enter|Backspace|Delete|Tab|Process|Unidentified|.)$/u;

/** The form guard plugin. */
export function formGuardPlugin(forms: OpenForms): Plugin {
  const refuse = (_view: EditorView, e: Event): boolean => {
    if (forms.inPart(e.target)) return false;
    if (!forms.focusOpen()) return false;
    e.preventDefault();
    return true;
  };
  const handlers: Record<string, (view: EditorView, e: Event) => boolean> = {};
  for (const name of INPUT_EVENTS) handlers[name] = refuse;
  // A key pressed in the body while a form is open: the focus moves to the form during the keydown,
  // so the character itself lands in the form's field (Chromium inserts into the new focus).
  handlers.keydown = (_view, e) => {
    const k = e as KeyboardEvent;
    if ((k.ctrlKey || k.metaKey) && !/^[vxzyVXZY]$/u.test(k.key)) return false;
    if (!EDIT_KEYS.test(k.key) || forms.inPart(e.target)) return false;
    if (!forms.focusOpen()) return false;
    if (k.ctrlKey || k.metaKey || k.key === 'Tab') e.preventDefault();
    return true;
  };
  handlers.mousedown = (_view, e) => {
    if (!forms.inPart(e.target)) forms.closeAll();
    return false;
  };
  return new Plugin({ props: { handleDOMEvents: handlers } });
}
