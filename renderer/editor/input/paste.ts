/**
 * Paste from Word and from plain text into the body. Each pasted line or paragraph becomes a body
 * block recognised by its start: "I- …" heading 1, "1. Short title" heading 2, "a) …" heading 3,
 * "- …", "• …", "+ …" a dash item ("- "), anything else a paragraph. Word's list bullets
 * (mso-list:Ignore spans) and comments are removed before ProseMirror reads the HTML.
 */
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { schema } from '../../../common/model';

/** Longest heading 2/3 line; longer numbered lines are paragraphs ("1. Các huyện ủy … thực hiện."). */
const SHORT = 120;

/** The body block a line of text becomes. */
export function blockForLine(raw: string): Node {
  const n = schema.nodes;
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const content = (t: string) => (t ? [schema.text(t)] : []);
  if (/^[IVXLC]+[-.] \S/u.test(text)) return n.heading.create({ level: 1 }, content(text));
  if (/^\d{1,2}\. \S/u.test(text) && text.length <= SHORT && !/[.;:]$/u.test(text)) return n.heading.create({ level: 2 }, content(text));
  if (/^[a-zđ]\) \S/u.test(text) && text.length <= SHORT && !/[.;]$/u.test(text)) return n.heading.create({ level: 3 }, content(text));
  const dash = /^[-–•+·▪]\s*(\S.*)$/u.exec(text);
  if (dash) return n.dash_item.create(null, [schema.text(`- ${dash[1]}`)]);
  return n.paragraph.create(null, content(text));
}

/** Plain text to a slice of body blocks (one per non-empty line). */
export function parsePlainText(text: string): Slice {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return Slice.empty;
  if (lines.length === 1 && !/^(?:[IVXLC]+[-.]|\d{1,2}\.|[a-zđ]\)|[-–•+]) /u.test(lines[0].trim())) {
    return new Slice(Fragment.from(schema.text(lines[0].normalize('NFC'))), 0, 0);
  }
  const blocks = lines.map((l) => blockForLine(l));
  return new Slice(Fragment.from(blocks), 1, 1);
}

/** Cleans Word's HTML: bullets of lists become "- ", conditional comments and styles go. */
export function cleanWordHtml(html: string): string {
  return html
    .replace(/<!--\[if !supportLists\]-->[\s\S]*?<!--\[endif\]-->/g, '- ')
    .replace(/<span[^>]*mso-list:\s*Ignore[^>]*>[\s\S]*?<\/span>\s*(<\/span>)?/gi, '- ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<o:p>[\s\S]*?<\/o:p>/gi, '');
}

/** Re-types the top-level paragraphs of a pasted slice by their text (Word paragraphs are all <p>). */
export function recogniseBlocks(slice: Slice): Slice {
  if (slice.content.childCount < 2 && slice.openStart > 0) return slice;
  const out: Node[] = [];
  let changed = false;
  slice.content.forEach((node) => {
    if (node.type === schema.nodes.paragraph) {
      const b = blockForLine(node.textContent);
      if (b.type !== node.type) {
        changed = true;
        const keep = b.type !== schema.nodes.dash_item || node.textContent.startsWith('- ');
        out.push(keep ? b.type.create(b.attrs, node.content) : b);
        return;
      }
    }
    out.push(node);
  });
  return changed ? new Slice(Fragment.from(out), slice.openStart, slice.openEnd) : slice;
}
