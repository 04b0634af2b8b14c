/** An appendix (phụ lục) on its own page(s): a label ("Phụ lục 1"), a title and free blocks. */
import { part } from '../part';

/** Attributes of an appendix. */
export interface AppendixAttrs {
  label: string;
  title: string;
}

export const appendixPart = part('appendix', {
  attrs: { label: { default: 'PHỤ LỤC' }, title: { default: '' } },
  content: 'block+',
  isolating: true,
  toDOM: () => ['section', { class: 'vt-appendix' }, 0],
  parseDOM: [{ tag: 'section.vt-appendix' }],
});
