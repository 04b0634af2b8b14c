/** The shape every part of the document model exports: its node name and ProseMirror spec. */
import type { NodeSpec } from 'prosemirror-model';

/** One node type of the Party document schema. */
export interface Part<N extends string = string> {
  name: N;
  spec: NodeSpec;
}

/** Declares a part, keeping its name as a literal type so writers can be checked against the list. */
export function part<const N extends string>(name: N, spec: NodeSpec): Part<N> {
  return { name, spec };
}
