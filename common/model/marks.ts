/** Character marks of the body: bold, italic, underline (Ctrl+B/I/U). */
import type { MarkSpec } from 'prosemirror-model';

export const marks: Record<'bold' | 'italic' | 'underline', MarkSpec> = {
  bold: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }] },
  italic: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }] },
  underline: { toDOM: () => ['u', 0], parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }] },
};
