/**
 * The document frame: one A4 section with the profile's margins, a first page without a page number
 * and later pages numbered in the header, then header, title, body, closing and appendices.
 */
import { Document, Header, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { Node } from 'prosemirror-model';
import { closingSuffix, partsOf, type AppendixAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { upperVi } from '../../../common/text/normalize';
import { writeBlocks } from './body';
import { writeClosing } from './closing';
import { writeHeader } from './header';
import { buildStyles, styled, styleId } from './styles';
import { writeTitle } from './title';
import { mm } from './units';

/** The body with the closing mark appended to its last block and kept with the signature. */
function body(doc: Node, p: LayoutProfile): (Paragraph | Table)[] {
  const bodyNode = doc.child(2);
  const suffix = closingSuffix(bodyNode.lastChild?.textContent ?? '', p.wording.closingMark);
  return writeBlocks(bodyNode, p, { suffix, keepNext: true });
}

function appendices(doc: Node, p: LayoutProfile): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'appendix') return;
    const a = node.attrs as AppendixAttrs;
    out.push(styled('appendixLabel', upperVi(a.label), { pageBreakBefore: true }));
    if (a.title) out.push(styled('appendixTitle', a.title));
    out.push(...writeBlocks(node, p));
  });
  return out;
}

/** Builds the docx Document of a Party document. */
export function buildDocument(doc: Node, p: LayoutProfile): Document {
  const { header, title, signature, recipients } = partsOf(doc);
  const m = p.page.margins;
  return new Document({
    creator: 'vanthu',
    styles: buildStyles(p),
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: mm(p.page.widthMm), height: mm(p.page.heightMm) },
          margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), header: mm(p.page.headerMm), footer: mm(p.page.headerMm) },
        },
      },
      headers: {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({ children: [new Paragraph({ style: styleId('pageNumber'), children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
      },
      children: [
        ...writeHeader(header, title, p),
        ...writeTitle(title, p),
        ...body(doc, p),
        writeClosing(signature, recipients, p),
        ...appendices(doc, p),
      ],
    }],
  });
}
