/** The editor state of a draft: the shared schema with history, keymaps, input rules and the lock. */
import { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState, type Plugin } from 'prosemirror-state';
import { schema } from '../../common/model';
import { bodyInputRules } from './input/input-rules';
import { editorKeymaps } from './input/keymap';
import { lockPlugin } from './lock';
import { typingPlugin } from './input/typing';

/**
 * Builds the state of a document; `issued` locks it entirely; `extra` plugins (pagination) go last,
 * `first` plugins (the form guard) before the typing and the keymaps, so they see input first.
 */
export function createState(doc: Node | unknown, issued = false, extra: Plugin[] = [], first: Plugin[] = []): EditorState {
  const node = doc instanceof Node ? doc : schema.nodeFromJSON(doc);
  return EditorState.create({
    doc: node,
    plugins: [lockPlugin(issued), ...first, typingPlugin(), bodyInputRules(), ...editorKeymaps(), history({ newGroupDelay: 600 }), ...extra],
  });
}
