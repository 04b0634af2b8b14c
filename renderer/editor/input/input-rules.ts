/**
 * Input rules a Word user expects at the start of a body (or appendix) paragraph: "I- " makes a heading 1,
 * "1. " a heading 2, "a) " a heading 3, "- " a dash item. The typed prefix stays as literal text
 * (Party documents write their numbering); Backspace right after undoes the conversion.
 */
import type { NodeType } from 'prosemirror-model';
import { InputRule, inputRules, undoInputRule } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { isFreePart, schema } from '../../../common/model';

function blockRule(re: RegExp, type: NodeType, attrs: Record<string, unknown> | null): InputRule {
  return new InputRule(re, (state, match, start, end) => {
    const $start = state.doc.resolve(start);
    if ($start.parent.type !== schema.nodes.paragraph || $start.depth !== 2 || !isFreePart($start.node(1))) return null;
    if ($start.parentOffset !== 0) return null;
    const tr = state.tr.insertText(match[0], start, end);
    tr.setBlockType(start, start, type, attrs);
    return tr;
  });
}

/** The rules, in the order they are tried. */
export function bodyInputRules(): Plugin {
  const n = schema.nodes;
  return inputRules({
    rules: [
      blockRule(/^[IVXLC]+- $/u, n.heading, { level: 1 }),
      blockRule(/^\d{1,2}\. $/u, n.heading, { level: 2 }),
      blockRule(/^[a-zđ]\) $/u, n.heading, { level: 3 }),
      blockRule(/^- $/u, n.dash_item, null),
    ],
  });
}

/** Backspace right after a rule fired: undoes the conversion, keeping the typed prefix as text. */
export { undoInputRule };
