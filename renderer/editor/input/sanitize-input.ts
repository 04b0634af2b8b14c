/**
 * Keeps characters XML cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates;
 * common/text/sanitize.ts) out of the document, whatever way they come: typed (handleTextInput),
 * pasted as text or HTML (transformPastedText / transformPastedHTML), or written by a part's form
 * or any other transaction (appendTransaction over the changed ranges, attributes included).
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { AttrStep, type Mapping } from 'prosemirror-transform';
import { hasNonXmlChars, sanitizeDeep, stripNonXmlChars } from '../../../common/text/sanitize';
import { appTransaction } from '../lock';

/** Key of the sanitising plugin. */
export const sanitizeInputKey = new PluginKey('vt-sanitize-input');

/** Ranges of the final document touched by `trs` (attribute changes included). */
function changedRanges(trs: readonly Transaction[]): [number, number][] {
  const ranges: [number, number][] = [];
  const after = (t: number, i: number): Mapping => {
    const map = trs[t].mapping.slice(i);
    for (let k = t + 1; k < trs.length; k++) map.appendMapping(trs[k].mapping);
    return map;
  };
  trs.forEach((tr, t) => {
    if (!tr.docChanged) return;
    tr.steps.forEach((step, i) => {
      const rest = after(t, i + 1);
      if (step instanceof AttrStep) {
        const pos = rest.map(tr.mapping.slice(0, i).map(step.pos));
        ranges.push([pos, pos + 1]);
      }
      step.getMap().forEach((_os, _oe, from, to) => ranges.push([rest.map(from, -1), rest.map(to, 1)]));
    });
  });
  return ranges;
}

/** A transaction removing non-XML characters from text and attributes in `ranges` of `doc`; null when clean. */
function cleaningTransaction(doc: Node, ranges: [number, number][], tr: Transaction): Transaction | null {
  const texts: { pos: number; node: Node }[] = [];
  const attrs = new Map<number, Record<string, unknown>>();
  for (const [a, b] of ranges) {
    const from = Math.max(0, Math.min(a, b));
    const to = Math.min(doc.content.size, Math.max(a, b));
    doc.nodesBetween(from, Math.max(from, to), (node, pos) => {
      if (node.isText) {
        if (hasNonXmlChars(node.text!) && !texts.some((x) => x.pos === pos)) texts.push({ pos, node });
      } else if (!attrs.has(pos)) {
        const clean = sanitizeDeep(node.attrs) as Record<string, unknown>;
        if (clean !== node.attrs) attrs.set(pos, clean);
      }
      return true;
    });
  }
  if (!texts.length && !attrs.size) return null;
  for (const [pos, clean] of attrs) tr.setNodeMarkup(pos, undefined, clean);
  texts.sort((x, y) => y.pos - x.pos);
  for (const { pos, node } of texts) {
    const clean = stripNonXmlChars(node.text!);
    const from = tr.mapping.map(pos);
    const to = tr.mapping.map(pos + node.nodeSize);
    if (clean) tr.replaceWith(from, to, doc.type.schema.text(clean, node.marks));
    else tr.delete(from, to);
  }
  return appTransaction(tr).setMeta('addToHistory', false).setMeta(sanitizeInputKey, true);
}

/** The plugin: registered with the editor's plugins (renderer/editor/editor.ts). */
export function sanitizeInputPlugin(): Plugin {
  return new Plugin({
    key: sanitizeInputKey,
    props: {
      handleTextInput(view, from, to, text) {
        if (!hasNonXmlChars(text)) return false;
        const clean = stripNonXmlChars(text);
        view.dispatch(clean ? view.state.tr.insertText(clean, from, to) : view.state.tr.delete(from, to));
        return true;
      },
      transformPastedText: (text) => stripNonXmlChars(text),
      transformPastedHTML: (html) => stripNonXmlChars(html),
    },
    appendTransaction(trs, _old, state) {
      if (!trs.some((tr) => tr.docChanged) || trs.some((tr) => tr.getMeta(sanitizeInputKey))) return null;
      return cleaningTransaction(state.doc, changedRanges(trs), state.tr);
    },
  });
}
