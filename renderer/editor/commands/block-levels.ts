/**
 * Block levels of the body, from the top: heading 1 "I- ", heading 2 "1. ", heading 3 "a) ", dash
 * item "- ", paragraph. Tab moves a block one level down, Shift-Tab one level up; the literal
 * numbering prefix is rewritten for the new level and numbered from the blocks before it.
 */
import type { Node, NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { isFreePart, schema } from '../../../common/model';

/** Level index: 0 h1, 1 h2, 2 h3, 3 dash, 4 paragraph. */
export type Level = 0 | 1 | 2 | 3 | 4;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** Any numbering prefix a block may start with. */
export const PREFIX = /^(?:[IVXLC]+[-.]|\d+\.|[a-zđ]\)|[-–•+])\s+/u;

/** The level of a block node, or null for blocks without one (tables, centred headings). */
export function levelOf(node: Node): Level | null {
  if (node.type === schema.nodes.heading) return (node.attrs.level - 1) as Level;
  if (node.type === schema.nodes.dash_item) return 3;
  if (node.type === schema.nodes.paragraph) return 4;
  return null;
}

function typeOf(level: Level): { type: NodeType; attrs: Record<string, unknown> | null } {
  if (level <= 2) return { type: schema.nodes.heading, attrs: { level: level + 1 } };
  return { type: level === 3 ? schema.nodes.dash_item : schema.nodes.paragraph, attrs: null };
}

/** The numbering prefix a block of `level` takes after the sibling blocks `before` (in order). */
export function prefixFor(level: Level, before: Node[]): string {
  if (level === 3) return '- ';
  if (level === 4) return '';
  let count = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const l = levelOf(before[i]);
    if (l === null) continue;
    if (l < level) break;
    if (l === level) count++;
  }
  if (level === 0) return `${ROMAN[count] ?? count + 1}- `;
  if (level === 1) return `${count + 1}. `;
  return `${LETTERS[count] ?? 'z'}) `;
}

/** Command: sets the level of the body block holding the cursor, rewriting its prefix. */
export function setLevel(next: (current: Level) => Level | null): Command {
  return (state: EditorState, dispatch) => {
    const $from = state.selection.$from;
    if ($from.depth !== 2 || !isFreePart($from.node(1))) return false;
    const block = $from.parent;
    const current = levelOf(block);
    if (current === null) return false;
    const target = next(current);
    if (target === null || target === current) return true;
    if (dispatch) {
      const body = $from.node(1);
      const index = $from.index(1);
      const before: Node[] = [];
      for (let i = 0; i < index; i++) before.push(body.child(i));
      const start = $from.before(2) + 1;
      const tr = state.tr;
      const old = PREFIX.exec(block.textContent);
      const prefix = prefixFor(target, before);
      if (old) tr.delete(start, start + old[0].length);
      if (prefix) tr.insertText(prefix, start);
      const { type, attrs } = typeOf(target);
      tr.setBlockType(start, start, type, attrs);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Tab: one level down (h1 → h2 → h3 → dash; a paragraph becomes a dash item). */
export const levelDown = setLevel((l) => (l === 4 ? 3 : l === 3 ? null : ((l + 1) as Level)));
/** Shift-Tab: one level up (dash → h3 → h2 → h1). */
export const levelUp = setLevel((l) => (l === 4 ? null : l === 0 ? null : ((l - 1) as Level)));
