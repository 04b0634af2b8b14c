/**
 * The free blocks of the body and of appendices from Word paragraphs and tables: headings
 * ("I- …", "1. …", "a) …"), dash items, centred headings, paragraphs and tables, with bold, italic
 * and underline kept as marks (the bold a heading's style prints is not a mark), manual line
 * breaks as hard breaks, the template's highlighted blanks as placeholder marks, Word's automatic
 * numbering written out as text, and spaces or tabs used for alignment made single spaces.
 * vanthu's own style names (VtHeading1 …) decide when present, so its exports come back exactly.
 */
import type { Mark, Node } from 'prosemirror-model';
import { schema } from '../../../common/model/schema';
import { upperVi } from '../../../common/text/normalize';
import type { WordParagraph, WordRun, WordTable } from '../read/types';
import type { RecogniseContext } from './context';
import { cleanWordText, type Line } from './lines';
import { fold } from './patterns';
import type { ImportPart, ImportRole } from './types';

/** Where built blocks go, for placements and report places. */
export interface BlockTarget {
  part: Extract<ImportPart, 'body' | 'appendix'>;
  appendix?: number;
}

type Kind = 'heading1' | 'heading2' | 'heading3' | 'dash-item' | 'centered-heading' | 'paragraph';

const VT_STYLES: Record<string, Kind> = {
  VtHeading1: 'heading1', VtHeading2: 'heading2', VtHeading3: 'heading3', VtDashItem: 'dash-item',
  VtCenteredHeading: 'centered-heading', VtBody: 'paragraph', VtTableText: 'paragraph',
};

const n = schema.nodes;
const BLANK_TEXT = /^(?:[.…_\s]+|\[[^\]]*\]|\(\s*nơi nhận mới\s*\))$/u;

/** The marks of a run; `styleBold` drops the bold a heading's style prints anyway. */
function marksOf(run: WordRun, dropBold: boolean): Mark[] {
  const marks: Mark[] = [];
  if (run.bold && !dropBold) marks.push(schema.marks.bold.create());
  if (run.italic) marks.push(schema.marks.italic.create());
  if (run.underline) marks.push(schema.marks.underline.create());
  if (run.highlight === 'yellow') {
    const text = run.text.trim();
    marks.push(schema.marks.placeholder.create({ kind: BLANK_TEXT.test(text) ? 'blank' : 'sample', hint: '' }));
  }
  return marks;
}

/** Inline content of a paragraph: text nodes with marks, hard breaks; `prefix` written first (a Word list number). */
export function inlineOf(p: WordParagraph, dropBold: boolean, prefix = '', counts?: (what: string) => void): Node[] {
  const pieces: { text: string; marks: Mark[] }[] = [];
  if (prefix) pieces.push({ text: prefix, marks: [] });
  for (const r of p.runs) {
    if (r.break) continue;
    let text = cleanWordText(r.text);
    if (text.includes('\t')) { counts?.('Thay dấu tab trong đoạn văn bằng dấu cách'); text = text.replace(/\t+/gu, ' '); }
    if (text) pieces.push({ text, marks: marksOf(r, dropBold) });
  }
  // Join into lines at manual breaks, collapse spaces, trim each line's ends.
  const out: Node[] = [];
  let lineStart = true;
  const all = pieces.flatMap((piece) => piece.text.split(/(\n)/u).map((t) => ({ text: t, marks: piece.marks })));
  for (let i = 0; i < all.length; i += 1) {
    const { text, marks } = all[i];
    if (text === '\n') {
      if (out.length && out[out.length - 1].type !== n.hard_break) out.push(n.hard_break.create());
      lineStart = true;
      continue;
    }
    let t = text;
    if (/ {2,}/u.test(t.trim())) { counts?.('Bỏ dấu cách thừa dùng để căn chỉnh'); }
    t = t.replace(/ {2,}/gu, ' ');
    if (lineStart) {
      if (/^\s+/u.test(t) && t.trim()) counts?.('Bỏ dấu cách, tab đầu dòng dùng để thụt lề');
      t = t.replace(/^\s+/u, '');
    }
    const nextBreak = all.slice(i + 1).findIndex((x) => x.text === '\n' || x.text.trim());
    const isLastOfLine = nextBreak === -1 || all[i + 1 + nextBreak].text === '\n';
    if (isLastOfLine) t = t.replace(/\s+$/u, '');
    const prev = out[out.length - 1];
    if (prev?.isText && / $/u.test(prev.text ?? '') && t.startsWith(' ')) t = t.slice(1);
    if (!t) continue;
    out.push(schema.text(t, marks));
    lineStart = false;
  }
  while (out.length && out[out.length - 1].type === n.hard_break) out.pop();
  return out;
}

/** The kind of block a paragraph is, and its text with Word's list number written out. */
function kindOf(p: WordParagraph, line: Line): { kind: Kind; prefix: string } {
  const num = p.numbering;
  let prefix = '';
  if (num?.text !== null && num?.text !== undefined && num.text !== '') {
    prefix = num.format === 'bullet' ? '- ' : `${num.text} `;
  }
  const vt = p.styleId ? VT_STYLES[p.styleId] : undefined;
  if (vt) return { kind: vt, prefix };
  const text = (prefix + line.text).trim();
  if (/^[IVXLC]+\s*[-.–]\s*\S/u.test(text)) return { kind: 'heading1', prefix };
  if (/^[-–—•+]/u.test(text) || num?.format === 'bullet') return { kind: 'dash-item', prefix };
  if (/^\d+\.\s*\S/u.test(text) && line.bold && text.length <= 200) return { kind: 'heading2', prefix };
  if (/^[a-zđ]\)\s*\S/u.test(text) && text.length <= 120 && !/[.;:]$/u.test(text)) return { kind: 'heading3', prefix };
  if (p.alignment === 'center' && (line.bold || line.upper) && text.length <= 120) return { kind: 'centered-heading', prefix };
  return { kind: 'paragraph', prefix };
}

const ROLE: Record<Kind, ImportRole> = {
  heading1: 'heading1', heading2: 'heading2', heading3: 'heading3', 'dash-item': 'dash-item', 'centered-heading': 'centered-heading', paragraph: 'paragraph',
};

/** Builds the block of one paragraph (null for an empty one), placing it and reporting what was changed. */
export function blockOfLine(line: Line, index: number, target: BlockTarget, ctx: RecogniseContext): Node | null {
  const p = line.para;
  if (!line.text && !p.numbering) {
    ctx.place(line, target.part, 'empty', { index, appendix: target.appendix });
    return null;
  }
  const { kind, prefix } = kindOf(p, line);
  const place = { part: target.part, appendix: target.appendix, paragraph: index + 1, source: line.seq };
  const counts = (what: string) => ctx.report.count(what, place);
  if (prefix) counts(`Đánh số tự động của Word ("${prefix.trim()}") được ghi thành chữ`);
  let content = inlineOf(p, kind === 'heading1' || kind === 'heading2' || kind === 'centered-heading', prefix, counts);
  if (!content.length) {
    ctx.place(line, target.part, 'empty', { index, appendix: target.appendix });
    return null;
  }
  ctx.place(line, target.part, ROLE[kind], { index, appendix: target.appendix });
  const textOf = () => content.map((c) => c.text ?? '\n').join('');
  if (kind === 'dash-item') {
    const text = textOf();
    const m = /^([-–—•+])\s*/u.exec(text)!;
    const wanted = m[1] === '+' ? '+ ' : '- ';
    if (m && m[0] !== wanted) {
      if (!prefix) counts('Dấu đầu dòng viết "- " (gạch ngang và một dấu cách)');
      content = replacePrefix(content, m[0].length, wanted);
    }
    return n.dash_item.create(null, content);
  }
  if (kind === 'heading1') {
    const text = textOf();
    const m = /^([IVXLC]+)\s*([-.–])\s*/u.exec(text);
    if (m && m[0] !== `${m[1]}${m[2] === '–' ? '-' : m[2]} `) {
      const want = `${m[1]}${m[2] === '–' ? '-' : m[2]} `;
      counts(`Đề mục La Mã viết "${want}…" (số, dấu liền sau số, một dấu cách)`);
      content = replacePrefix(content, m[0].length, want);
    }
    if (textOf() !== upperVi(textOf())) {
      ctx.report.normalised(`Đề mục cấp 1 viết chữ in hoa: "${textOf().slice(0, 40)}".`, place);
      content = content.map((c) => (c.isText ? schema.text(upperVi(c.text!), c.marks) : c));
    }
    return n.heading.create({ level: 1 }, content);
  }
  if (kind === 'heading2') return n.heading.create({ level: 2 }, content);
  if (kind === 'heading3') return n.heading.create({ level: 3 }, content);
  if (kind === 'centered-heading') return n.centered_heading.create(null, content);
  return n.paragraph.create(null, content);
}

/** `content` with its first `length` characters replaced by `text` (unmarked). */
function replacePrefix(content: Node[], length: number, text: string): Node[] {
  const out: Node[] = [schema.text(text)];
  let skip = length;
  for (const c of content) {
    if (skip > 0 && c.isText) {
      const t = c.text!;
      if (t.length <= skip) { skip -= t.length; continue; }
      out.push(schema.text(t.slice(skip), c.marks));
      skip = 0;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Builds a table block: merged cells kept as plain cells (content in the first), the header row detected. */
export function tableBlock(t: WordTable, lines: Line[], index: number, target: BlockTarget, ctx: RecogniseContext): Node | null {
  const bySeq = new Map(lines.map((l) => [l.seq, l]));
  const place = { part: target.part, appendix: target.appendix, paragraph: index + 1, source: lines[0]?.seq };
  let merged = false;
  const width = Math.max(...t.rows.map((r) => r.cells.length));
  const rows = t.rows.map((r, ri) => {
    const isHeader = r.header || (ri === 0 && r.cells.every((c) => c.paragraphs.every((p) => bySeq.get(p.seq)?.bold || !p.text.trim())));
    const cells = r.cells.map((c) => {
      if (c.gridSpan > 1 || c.vMerge) merged = true;
      const paras = (c.vMerge === 'continue' ? [] : c.paragraphs).map((p) => {
        const l = bySeq.get(p.seq);
        if (l) ctx.place(l, target.part, 'table', { index, appendix: target.appendix });
        return n.paragraph.create(null, inlineOf(p, isHeader));
      });
      return n.table_cell.create({ header: isHeader }, paras.length ? paras : [n.paragraph.create()]);
    });
    while (cells.length < width) cells.push(n.table_cell.create({ header: isHeader }, n.paragraph.create()));
    return n.table_row.create(null, cells);
  });
  if (!rows.length) return null;
  if (merged) ctx.report.attention('Bảng có ô gộp: vanthu tách thành ô thường, nội dung ô gộp để ở ô đầu; hãy xem lại bảng.', place);
  return n.table.create(null, rows);
}

/** Whether a line reads as an appendix title (capitals or bold, short). */
export function looksLikeTitle(line: Line): boolean {
  return !!line.text && (line.upper || line.bold) && line.text.length <= 300 && !/^[-–•+]/u.test(line.text) && fold(line.text) !== '';
}
