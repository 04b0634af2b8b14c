/** The shape every part of the document model exports: its node name and ProseMirror spec. */
import type { NodeSpec } from 'prosemirror-model';

/** One node type of the Party document schema. */
export interface Part<N extends string = string> {
  name: N;
  spec: NodeSpec;
}

/**
 * A part printed from its attributes (header, title, signature, Nơi nhận, an appendix's head): the
 * layout plan (common/layout) must give its printed lines, which the type system checks by this mark.
 */
export interface PrintedPart<N extends string = string> extends Part<N> {
  printed: true;
}

/** Declares a part, keeping its name as a literal type so writers can be checked against the list. */
export function part<const N extends string>(name: N, spec: NodeSpec): Part<N> {
  return { name, spec };
}

/** Declares a part printed from its attributes (see PrintedPart). */
export function printedPart<const N extends string>(name: N, spec: NodeSpec): PrintedPart<N> {
  return { name, spec, printed: true };
}

/**
 * A locked atom edited only through its form: not selectable, isolating, with the given attribute
 * defaults, drawn as `<tag class="className">` (its node view draws the rest).
 */
export function lockedPart<const N extends string>(name: N, defaults: Record<string, unknown>, tag: string, className: string): PrintedPart<N> {
  return printedPart(name, {
    atom: true,
    selectable: false,
    isolating: true,
    attrs: Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, { default: v }])),
    toDOM: () => [tag, { class: className }],
    parseDOM: [{ tag: `${tag}.${className}` }],
  });
}
