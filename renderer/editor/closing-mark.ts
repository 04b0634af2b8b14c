/**
 * The closing mark in the page view: where the exporter appends the profile's mark ("./." or ".")
 * to the last body block, the page shows it too — a widget after the block's text, not part of
 * the document, computed by the same rule (`closingSuffix`). A body ending with a table prints no
 * mark, as the exporter writes none there.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { closingSuffix, schema } from '../../common/model';

/** Key of the plugin; a transaction with this meta recomputes the mark (after the profile changed). */
export const closingMarkKey = new PluginKey<DecorationSet>('vanthu-closing-mark');

/** Where the mark goes and what it is: the end of the last body block's text, or null for none. */
export function closingMarkAt(doc: Node, mark: string): { pos: number; text: string } | null {
  let out: { pos: number; text: string } | null = null;
  doc.forEach((node, offset) => {
    if (node.type !== schema.nodes.body) return;
    const last = node.lastChild;
    if (!last || !last.isTextblock) return;
    const text = closingSuffix(last.textContent, mark);
    if (text) out = { pos: offset + node.nodeSize - 2, text };
  });
  return out;
}

function decorations(state: EditorState, mark: string): DecorationSet {
  const at = closingMarkAt(state.doc, mark);
  if (!at) return DecorationSet.empty;
  const widget = () => {
    const span = document.createElement('span');
    span.className = 'vt-closing-mark';
    span.contentEditable = 'false';
    // Drawn by CSS (::after) so that it is seen where it prints but is no text of the block (copy, find).
    span.dataset.mark = at.text;
    return span;
  };
  return DecorationSet.create(state.doc, [Decoration.widget(at.pos, widget, { side: 1, key: `mark-${at.text}`, ignoreSelection: true, marks: [] })]);
}

/** The plugin; `mark()` reads the current profile's closing mark. */
export function closingMarkPlugin(mark: () => string): Plugin {
  return new Plugin({
    key: closingMarkKey,
    state: {
      init: (_c, state) => decorations(state, mark()),
      apply: (tr, set, _old, state) => {
        if (!tr.docChanged && !tr.getMeta(closingMarkKey)) return set;
        const next = decorations(state, mark());
        const mapped = set.map(tr.mapping, tr.doc);
        const a = mapped.find();
        const b = next.find();
        return a.length === b.length && a.every((d, i) => d.from === b[i].from && d.spec.key === b[i].spec.key) ? mapped : next;
      },
    },
    props: { decorations: (state) => closingMarkKey.getState(state) },
  });
}
