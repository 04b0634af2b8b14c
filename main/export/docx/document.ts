/**
 * The document frame: one A4 section with the profile's margins, a first page without a page number
 * and later pages numbered in the header, then header, title, body, closing and appendices.
 */
import { Document, Header, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { Node } from 'prosemirror-model';
import { layoutContext, layoutPart, type LayoutContext } from '../../../common/layout';
import { closingSuffix, findPart, partsOf, type AppendixAttrs } from '../../../common/model';
import type { LayoutProfile } from '../../../common/profile';
import { writeBlocks } from './body';
import { writeClosing } from './closing';
import { writeHeader } from './header';
import { lineParagraph } from './layout';
import { buildStyles, styleId } from './styles';
import { writeTitle } from './title';
import { mm } from './units';

/** The body with the closing mark appended to its last block and kept with the signature. */
function body(doc: Node, p: LayoutProfile): (Paragraph | Table)[] {
  const bodyNode = findPart(doc, 'body');
  const suffix = closingSuffix(bodyNode.lastChild?.textContent ?? '', p.wording.closingMark);
  return writeBlocks(bodyNode, p, { suffix, keepNext: true });
}

/** Each appendix from a new page: its head's printed lines (the first breaking the page), then its blocks. */
function appendices(doc: Node, ctx: LayoutContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'appendix') return;
    const head = layoutPart('appendix', node.attrs as AppendixAttrs, ctx);
    out.push(...head.map((l, i) => lineParagraph(l, i === 0 ? { pageBreakBefore: true } : {})));
    out.push(...writeBlocks(node, ctx.profile));
  });
  return out;
}

/** Builds the docx Document of a Party document. */
export function buildDocument(doc: Node, p: LayoutProfile): Document {
  const { header, title, signature, recipients } = partsOf(doc);
  const ctx = layoutContext(doc, p);
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
        ...writeHeader(layoutPart('header', header, ctx), p),
        ...writeTitle(layoutPart('title', title, ctx), p),
        ...body(doc, p),
        writeClosing(layoutPart('signature', signature, ctx), layoutPart('recipients', recipients, ctx), p),
        ...appendices(doc, ctx),
      ],
    }],
  });
}
