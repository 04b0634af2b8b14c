/** A mounted editor in jsdom with helpers that act as the user does: keys, typed text, paste, cut. */
import { Slice, type Node as PMNode } from 'prosemirror-model';
import type { Organisation } from '../../../common/org/organisation';
import type { LayoutProfile } from '../../../common/profile/types';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { createDraft } from '../../../common/draft/create';
import { HD36 } from '../../../common/profile/hd36';
import { createEditor, type EditorHandle } from '../../../renderer/editor/editor';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';

/** Mounts the editor on a draft created from a template for the default organisation. */
export function mount(templateId = 'nghi-quyet'): EditorHandle {
  const org = defaultOrganisation();
  const draft = createDraft(findTemplate(templateId)!, org);
  const host = document.createElement('div');
  document.body.append(host);
  return createEditor(host, { env: { org, profile: HD36, typeId: templateId }, doc: draft.doc });
}

/** Mounts the editor on a document built with tests/helpers/builders (default organisation unless given). */
export function mountDoc(doc: PMNode, opts: { org?: Organisation; profile?: LayoutProfile; typeId?: string } = {}): EditorHandle {
  const host = document.createElement('div');
  document.body.append(host);
  const env = { org: opts.org ?? defaultOrganisation(), profile: opts.profile ?? HD36, typeId: opts.typeId ?? 'nghi-quyet' };
  return createEditor(host, { env, doc });
}

/** Sets a form control's value and fires "change", as the user leaving the field does. */
export function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Presses a key ("Backspace", "Mod-z" as ctrl+z, "Tab"); returns whether a handler took it. */
export function press(view: EditorView, key: string, mods: { ctrl?: boolean; shift?: boolean } = {}): boolean {
  const ev = new KeyboardEvent('keydown', { key, ctrlKey: !!mods.ctrl, shiftKey: !!mods.shift, bubbles: true, cancelable: true });
  return !!view.someProp('handleKeyDown', (f) => f(view, ev));
}

/** Types text as the browser would: input rules first, else a plain insertion of each character. */
export function type(view: EditorView, text: string): void {
  for (const ch of text) {
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (f) => f(view, from, to, ch, () => view.state.tr.insertText(ch, from, to)));
    if (!handled) view.dispatch(view.state.tr.insertText(ch, from, to));
  }
}

/** Cuts the selection as the clipboard handler does (delete selection, uiEvent "cut"). */
export function cut(view: EditorView): void {
  view.dispatch(view.state.tr.deleteSelection().scrollIntoView().setMeta('uiEvent', 'cut'));
}

/** Drags the node at `from` and drops it at `to` as ProseMirror's drop handler does (move). */
export function dragNode(view: EditorView, from: number, to: number): void {
  const node = view.state.doc.nodeAt(from)!;
  const tr = view.state.tr.setSelection(NodeSelection.create(view.state.doc, from));
  const slice = new Slice(tr.doc.slice(from, from + node.nodeSize).content, 0, 0);
  tr.deleteSelection();
  tr.replaceRange(tr.mapping.map(to), tr.mapping.map(to), slice).setMeta('uiEvent', 'drop');
  view.dispatch(tr);
}

/** Places the cursor at a position. */
export function cursor(view: EditorView, pos: number, head = pos): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos, head)));
}

/** Position of the first child of the body whose text starts with `prefix` (inside it, at its start). */
export function blockStart(view: EditorView, prefix: string): number {
  let found = -1;
  view.state.doc.descendants((n, pos) => {
    if (found >= 0) return false;
    if (n.isTextblock && n.textContent.startsWith(prefix)) { found = pos + 1; return false; }
    return true;
  });
  if (found < 0) throw new Error(`no block starting "${prefix}"`);
  return found;
}

// jsdom has no ClipboardEvent; ProseMirror's pasteText/pasteHTML only need the constructor.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as Record<string, unknown>).ClipboardEvent = class extends Event {
    clipboardData = null;
  };
}
