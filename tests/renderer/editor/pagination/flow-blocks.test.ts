/**
 * The blocks the page view paginates, read from the document: what keeps with the next block,
 * what may split at a line and what starts a page — the properties the DOCX exporter writes, so the
 * page view breaks where Word does.
 */
import { describe, expect, it } from 'vitest';
import { newTable } from '../../../../renderer/editor/commands/table-commands';
import { flowBlocks } from '../../../../renderer/editor/pagination/flow-blocks';
import { appendix, body, closing, dash, doc, h1, h2, header, p, recipients, signature, title } from '../../../helpers/builders';

/** Each flow block as [node type at its position, keep, split, break before, in body]. */
function described(d: ReturnType<typeof doc>) {
  return flowBlocks(d).map((b) => [
    b.partHead ? 'appendix head' : d.nodeAt(b.pos)!.type.name,
    b.keepWithNext ? 'keep' : '-', b.splittable ? 'split' : '-', b.breakBefore ? 'new page' : '-', b.inBody ? 'body' : '-',
  ]);
}

describe('the blocks of the page flow', () => {
  it('keeps headings and the last body block with what follows; splits paragraphs and dash items; an appendix starts a page', () => {
    const d = doc(header(), title(), body(h1('I- MỤC TIÊU'), h2('1. Nhiệm vụ'), p('Đoạn.'), dash('- Ý.'), p('Đoạn cuối.')),
      closing(signature(), recipients()), appendix('PHỤ LỤC', 'Danh sách', p('Một.'), h1('I- HAI')));
    expect(described(d)).toEqual([
      ['header', 'keep', '-', '-', '-'],
      ['title', 'keep', '-', '-', '-'],
      ['heading', 'keep', '-', '-', 'body'],
      ['heading', 'keep', '-', '-', 'body'],
      ['paragraph', '-', 'split', '-', 'body'],
      ['dash_item', '-', 'split', '-', 'body'],
      ['paragraph', 'keep', 'split', '-', 'body'],
      ['closing', '-', '-', '-', '-'],
      ['appendix head', 'keep', '-', 'new page', '-'],
      ['paragraph', '-', 'split', '-', '-'],
      ['heading', 'keep', '-', '-', '-'],
    ]);
  });

  it('gives a table ending the body no keep-with-next, and never splits it', () => {
    const d = doc(header(), title(), body(p('Đoạn.'), newTable(2, 2)), closing(signature(), recipients()));
    expect(described(d).slice(2, 4)).toEqual([
      ['paragraph', '-', 'split', '-', 'body'],
      ['table', '-', '-', '-', 'body'],
    ]);
  });

  it('points each block at its node: the body blocks at their own positions', () => {
    const d = doc(header(), title(), body(p('A'), p('B')), closing(signature(), recipients()));
    const texts = flowBlocks(d).filter((b) => b.inBody).map((b) => d.nodeAt(b.pos)!.textContent);
    expect(texts).toEqual(['A', 'B']);
  });
});
