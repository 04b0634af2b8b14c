/**
 * The lines of a displayed paragraph, for splitting it across pages: where each line starts (as an
 * offset from the paragraph's position) and its top and bottom from the paragraph's top (CSS px of
 * the unzoomed page, page gaps inside the paragraph left out). Found by binary search over the
 * characters' boxes, a few range measurements per line.
 */
import type { EditorView } from 'prosemirror-view';
import { GAP_CLASS } from './page-gap';

/** A line of a paragraph: its start as an offset from the paragraph's position, its natural top and bottom. */
export interface ParagraphLine {
  offset: number;
  top: number;
  bottom: number;
}

/** One character of the paragraph's text: its text node and its index in that node. */
interface CharacterAt {
  node: Text;
  index: number;
}

/** The characters of an element in order (text inside page gaps left out). */
function charactersOf(element: Element): CharacterAt[] {
  const characters: CharacterAt[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(`.${GAP_CLASS}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let index = 0; index < node.data.length; index++) characters.push({ node, index });
  }
  return characters;
}

/** Measures the boxes of a paragraph's characters and turns client heights into natural ones. */
class ParagraphRuler {
  private readonly range = document.createRange();
  private readonly paragraphTop: number;
  private readonly gapBoxes: DOMRect[];

  constructor(paragraph: Element, private readonly characters: CharacterAt[], private readonly zoom: number) {
    this.paragraphTop = paragraph.getBoundingClientRect().top;
    this.gapBoxes = [...paragraph.querySelectorAll(`.${GAP_CLASS}`)].map((gap) => gap.getBoundingClientRect());
  }

  /** The client box of character `i`. */
  characterBox(i: number): DOMRect {
    const { node, index } = this.characters[i];
    this.range.setStart(node, index);
    this.range.setEnd(node, index + 1);
    return this.range.getClientRects()[0] ?? this.range.getBoundingClientRect();
  }

  /** A client y as a natural offset from the paragraph's top: unzoomed, less the page gaps above it. */
  naturalOffset(clientY: number): number {
    const gapsAbove = this.gapBoxes.filter((gap) => gap.bottom <= clientY + 0.5).reduce((sum, gap) => sum + gap.height, 0);
    return (clientY - this.paragraphTop - gapsAbove) / this.zoom;
  }

  /** Index of the first character below the line that starts at character `start`. */
  nextLineStart(start: number, lineBottom: number): number {
    let low = start + 1;
    let high = this.characters.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.characterBox(middle).top >= lineBottom - 1) high = middle;
      else low = middle + 1;
    }
    return high;
  }
}

/** The lines of `paragraph` (the element of the node at document position `pos`), the page being at `zoom`. */
export function paragraphLines(view: EditorView, pos: number, paragraph: Element, zoom: number): ParagraphLine[] {
  const characters = charactersOf(paragraph);
  if (!characters.length) return [];
  const ruler = new ParagraphRuler(paragraph, characters, zoom);
  const lines: ParagraphLine[] = [];
  for (let start = 0; start < characters.length;) {
    const first = ruler.characterBox(start);
    const next = ruler.nextLineStart(start, first.bottom);
    const last = ruler.characterBox(next - 1);
    lines.push({
      offset: view.posAtDOM(characters[start].node, characters[start].index) - pos,
      top: ruler.naturalOffset(first.top),
      bottom: ruler.naturalOffset(Math.max(first.bottom, last.bottom)),
    });
    start = next;
  }
  return lines;
}
