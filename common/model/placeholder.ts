/**
 * Finding the template's placeholders in a document: each maximal run of text carrying one
 * placeholder mark (a blank or a sample sentence, common/model/marks.ts) is one placeholder, even
 * when bold or italic split it into several text nodes. Pure; used by the check and the editor.
 */
import type { Mark, Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import type { PlaceholderKind } from './marks';

/** One placeholder: its document range, kind, hint and text. */
export interface PlaceholderRange {
  from: number;
  to: number;
  kind: PlaceholderKind;
  hint: string;
  text: string;
}

/** The placeholder mark of a node, if any. */
export function placeholderMark(node: Node): Mark | undefined {
  return node.marks.find((m) => m.type.name === 'placeholder');
}

/**
 * The placeholders inside `node` (a textblock or any node holding textblocks); `start` is the
 * document position of the node's content (for a textblock at `pos`, `pos + 1`).
 */
export function placeholdersIn(node: Node, start = 0): PlaceholderRange[] {
  const out: PlaceholderRange[] = [];
  let open: PlaceholderRange | null = null;
  let openMark: Mark | null = null;
  node.descendants((child, pos) => {
    if (!child.isInline) { open = null; openMark = null; return true; }
    const mark = placeholderMark(child);
    const from = start + pos;
    if (mark && open && openMark && open.to === from && mark.eq(openMark)) {
      open.to = from + child.nodeSize;
      open.text += child.text ?? '';
    } else if (mark) {
      open = { from, to: from + child.nodeSize, kind: mark.attrs.kind as PlaceholderKind, hint: String(mark.attrs.hint ?? ''), text: child.text ?? '' };
      openMark = mark;
      out.push(open);
    } else { open = null; openMark = null; }
    return false;
  });
  return out;
}

/** The placeholder of `doc` covering position `pos` (inside it or at its edge), if any. */
export function placeholderAt(doc: Node, pos: number): PlaceholderRange | undefined {
  const $pos = doc.resolve(pos);
  const block = $pos.parent;
  if (!block.isTextblock) return undefined;
  return placeholdersIn(block, $pos.start()).find((r) => r.from <= pos && pos <= r.to);
}

/** Every placeholder of a document (body, tables, appendices), in document order. */
export function allPlaceholders(doc: Node): PlaceholderRange[] {
  const out: PlaceholderRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    out.push(...placeholdersIn(node, pos + 1));
    return false;
  });
  return out;
}

/**
 * A copy of `doc` where each placeholder is replaced by `fill(placeholder)` (its other marks kept,
 * the placeholder mark dropped; an empty string deletes it). `fill` returning null leaves it as is.
 */
export function fillPlaceholders(doc: Node, fill: (p: PlaceholderRange) => string | null): Node {
  const tr = new Transform(doc);
  for (const p of allPlaceholders(doc).reverse()) {
    const text = fill(p);
    if (text === null) continue;
    const marks = doc.resolve(p.from + 1).marks().filter((m) => m.type.name !== 'placeholder');
    if (text) tr.replaceWith(p.from, p.to, doc.type.schema.text(text, marks));
    else tr.delete(p.from, p.to);
  }
  return tr.doc;
}
