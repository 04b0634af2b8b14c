/** The body (ô 6): free content written by the drafter, one or more blocks. */
import { part } from '../part';

export const bodyPart = part('body', {
  content: 'block+',
  isolating: true,
  toDOM: () => ['div', { class: 'vt-body' }, 0],
  parseDOM: [{ tag: 'div.vt-body' }],
});

/**
 * What is printed after the last text of the body to close it (the profile's closing mark,
 * e.g. "./."): nothing when the text already ends with the mark, the mark without its first "."
 * when the text ends with a full stop. Read by the page view and the exporter alike.
 */
export function closingSuffix(lastText: string, mark: string): string {
  const text = lastText.trimEnd();
  if (!mark || text.endsWith(mark)) return '';
  return text.endsWith('.') && mark.startsWith('.') ? mark.slice(1) : mark;
}
