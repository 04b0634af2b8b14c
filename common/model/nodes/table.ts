/** Simple tables of the body: rows of cells holding paragraphs; columns share the width equally. */
import { part } from '../part';

/** A table. */
export const tablePart = part('table', {
  content: 'table_row+',
  group: 'block',
  isolating: true,
  toDOM: () => ['table', ['tbody', 0]],
  parseDOM: [{ tag: 'table' }],
});

/** A row. */
export const tableRowPart = part('table_row', { content: 'table_cell+', toDOM: () => ['tr', 0], parseDOM: [{ tag: 'tr' }] });

/** A cell; `header` cells (first row) are printed bold and centred. */
export const tableCellPart = part('table_cell', {
  attrs: { header: { default: false } },
  content: 'paragraph+',
  isolating: true,
  toDOM: (node) => [node.attrs.header ? 'th' : 'td', 0],
  parseDOM: [{ tag: 'td' }, { tag: 'th', attrs: { header: true } }],
});
