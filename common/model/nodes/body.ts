/** The body (ô 6): free content written by the drafter, one or more blocks. */
import { part } from '../part';

export const bodyPart = part('body', {
  content: 'block+',
  isolating: true,
  toDOM: () => ['div', { class: 'vt-body' }, 0],
  parseDOM: [{ tag: 'div.vt-body' }],
});
