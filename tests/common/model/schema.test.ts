import { describe, expect, it } from 'vitest';
import { PARTS, schema } from '../../../common/model';
import { blocksFromCompact } from '../../../common/model/compact';
import { body, closing, dash, doc, h1, h2, header, p, recipients, signature, title, appendix } from '../../helpers/builders';

describe('the schema of a Party document', () => {
  it('fixes the order header, title, body, closing, appendices', () => {
    const d = doc(header(), title(), body(h1('I- MỤC TIÊU'), h2('1. Quan điểm'), dash('- Một ý.'), p('Đoạn văn.')), closing(signature(), recipients()),
      appendix('Phụ lục 1', 'Danh sách', p('Một dòng.')));
    expect(() => d.check()).not.toThrow();
    expect(d.content.content.map((n) => n.type.name)).toEqual(['header', 'title', 'body', 'closing', 'appendix']);
    expect(() => schema.nodes.doc.create(null, [title(), header(), body(p('x')), closing(signature(), recipients())]).check()).toThrow();
  });

  it('rebuilds the required parts of an empty document', () => {
    const d = schema.nodes.doc.createAndFill()!;
    expect(d.content.content.map((n) => n.type.name)).toEqual(['header', 'title', 'body', 'closing']);
    expect(d.child(3).content.content.map((n) => n.type.name)).toEqual(['signature', 'recipients']);
  });

  it('keeps header and closing as structured atoms, not free text', () => {
    for (const name of ['header', 'title', 'signature', 'recipients']) {
      expect(schema.nodes[name].isAtom).toBe(true);
      expect(schema.nodes[name].spec.selectable).toBe(false);
    }
  });

  it('builds body blocks from the compact notation of templates, bold and italic included', () => {
    const [heading, para, table] = blocksFromCompact([{ h1: 'I- QUAN ĐIỂM' }, { p: '**Điều 1.** Nội dung *nhấn mạnh*.' }, { table: [['TT', 'Nội dung'], ['1', 'Việc']] }]);
    expect(heading.attrs.level).toBe(1);
    expect(para.child(0).marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(para.child(2).marks.map((m) => m.type.name)).toEqual(['italic']);
    expect(para.textContent).toBe('Điều 1. Nội dung nhấn mạnh.');
    expect(table.child(0).child(0).attrs.header).toBe(true);
  });

  it('lists every node type in one place', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(PARTS.map((x) => x.name).sort());
  });
});
