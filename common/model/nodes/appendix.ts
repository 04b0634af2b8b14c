/** An appendix (phụ lục) on its own page(s): a label ("Phụ lục 1"), a title and free blocks. */
import { printedPart } from '../part';

/** Attributes of an appendix. */
export interface AppendixAttrs {
  label: string;
  title: string;
}

/** The label printed when a document has one appendix; with two or more they are numbered 1, 2, … (spec §1). */
export const APPENDIX_LABEL = 'PHỤ LỤC';

/** The label of appendix `index` (0-based) among `count`: "PHỤ LỤC", or "PHỤ LỤC 2" when there are several. */
export function appendixLabel(index: number, count: number): string {
  return count < 2 ? APPENDIX_LABEL : `${APPENDIX_LABEL} ${index + 1}`;
}

/** Whether a label is one `appendixLabel` writes (the app renumbers those; a label the user typed stays). */
export function isNumberedLabel(label: string): boolean {
  return new RegExp(`^${APPENDIX_LABEL}(?: \\d+)?$`, 'u').test(label.trim());
}

/** The appendix node: label and title in attrs (edited through its form), blocks as the body's. */
export const appendixPart = printedPart('appendix', {
  attrs: { label: { default: APPENDIX_LABEL }, title: { default: '' } },
  content: 'block+',
  isolating: true,
  /** Printed from a new page (the exporter's page break; the page view's pagination reads it too). */
  startsPage: true,
  toDOM: () => ['section', { class: 'vt-appendix' }, 0],
  parseDOM: [{ tag: 'section.vt-appendix' }],
});
