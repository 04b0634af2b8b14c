/**
 * Character marks of the body: bold, italic, underline (Ctrl+B/I/U), and `placeholder`, the
 * template's blanks and sample prose kept as data (common/model/placeholder.ts says how they are
 * found): a blank ("ngày ... tháng ... năm") or a sample sentence the drafter must replace. The
 * placeholder mark is not inclusive, so text typed at its edge is the drafter's own.
 */
import type { MarkSpec } from 'prosemirror-model';

/** What a placeholder stands for: a blank to fill, or sample prose to replace or delete. */
export type PlaceholderKind = 'blank' | 'sample';

/** Attributes of the placeholder mark. */
export interface PlaceholderAttrs {
  kind: PlaceholderKind;
  /** What to write there ("ngày họp"), shown as a tooltip; may be empty. */
  hint: string;
}

export const marks: Record<'bold' | 'italic' | 'underline' | 'placeholder', MarkSpec> = {
  bold: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }] },
  italic: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }] },
  underline: { toDOM: () => ['u', 0], parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }] },
  placeholder: {
    attrs: { kind: { default: 'blank' }, hint: { default: '' } },
    inclusive: false,
    toDOM: (m) => ['span', {
      class: 'vt-placeholder', 'data-kind': m.attrs.kind,
      title: m.attrs.hint || (m.attrs.kind === 'sample' ? 'Văn bản mẫu: thay bằng nội dung của văn bản' : 'Chỗ trống của mẫu: bấm để điền'),
    }, 0],
    parseDOM: [{
      tag: 'span.vt-placeholder',
      getAttrs: (el) => ({ kind: (el as HTMLElement).dataset.kind === 'sample' ? 'sample' : 'blank', hint: '' }),
    }],
  },
};
