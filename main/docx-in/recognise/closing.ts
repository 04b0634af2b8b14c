/**
 * The closing (ô 7, 9): the signature block (authority T/M, K/T, T/L — State forms "TM." turned
 * into the Party's —, the signer's title, the name) and Nơi nhận (its label, the lines, the groups
 * with a brace and purpose — a nested table as vanthu and Word users make them, or a "}" typed in
 * the line —, and the "Lưu" line). Works on a two-column table, tab-aligned lines or stacked
 * paragraphs alike.
 */
import type { RecipientItem, SignatureAttrs } from '../../../common/model/nodes/closing';
import { cleanRecipient } from '../../../common/rules/recipients';
import { titleNamesBody } from '../../../common/rules/signature';
import type { WordBlock, WordParagraph, WordTable } from '../read/types';
import type { RecogniseContext } from './context';
import { linesOfUnit, type Line, type Unit } from './lines';
import { archiveAt, authorityAt, isDashed, isParenthesised, isRecipientsLabel } from './patterns';

/** What the closing gave. */
export interface ClosingRead {
  signature: SignatureAttrs;
  items: RecipientItem[];
  archive: string;
  found: { signature: boolean; recipients: boolean };
  /** Lines nothing took (they go to the end of the body). */
  leftovers: Line[];
}

/** Groups of a brace: seq of each line of a nested table's first column → its group and the purpose. */
function braceGroups(blocks: WordBlock[] | undefined, out: Map<number, { group: number; purpose: string }>): void {
  for (const b of blocks ?? []) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) {
      if (row.cells.length < 2) { for (const c of row.cells) braceGroups(c.blocks, out); continue; }
      const purpose = row.cells.slice(1).flatMap((c) => c.paragraphs).map((p) => p.text.trim()).filter((t) => t && t !== '}').join(' ').replace(/^\}\s*/u, '');
      const group = out.size ? Math.max(...[...out.values()].map((v) => v.group)) + 1 : 0;
      for (const p of row.cells[0].paragraphs) if (p.text.trim()) out.set(p.seq, { group, purpose });
      for (const c of row.cells.slice(1)) for (const p of c.paragraphs) out.set(p.seq, { group: -1, purpose });
    }
  }
}

function nestedGroups(tables: WordTable[]): Map<number, { group: number; purpose: string }> {
  const out = new Map<number, { group: number; purpose: string }>();
  for (const t of tables) for (const r of t.rows) for (const c of r.cells) braceGroups(c.blocks, out);
  return out;
}

/** Drops trailing words of a title while it still names a body ("BÍ THƯ TỈNH ỦY" → "BÍ THƯ"), by the signature rule. */
function titleWithoutBody(title: string): string {
  const words = title.split(/\s+/u);
  let cut = -1;
  for (let j = 1; j < words.length; j += 1) if (titleNamesBody(words.slice(j).join(' '))) cut = j;
  return cut > 0 ? words.slice(0, cut).join(' ') : title;
}

/** Reads the closing from its units (those between the body and the first appendix). */
export function readClosing(units: Unit[], ctx: RecogniseContext): ClosingRead {
  const groups = nestedGroups(units.filter((u) => u.kind === 'table').map((u) => (u as { table: WordTable }).table));
  const sig: { text: string; line: Line }[] = [];
  const rec: { text: string; line: Line }[] = [];
  const leftovers: Line[] = [];
  let label: Line | null = null;
  for (const u of units) {
    for (const l of linesOfUnit(u)) {
      if (!l.text) { ctx.place(l, l.side === 'left' ? 'recipients' : 'signature', l.side === 'left' ? 'empty' : 'signature-space'); continue; }
      if (groups.get(l.seq)?.group === -1) { ctx.place(l, 'recipients', 'recipient'); continue; }
      // "- Ban Thường vụ Tỉnh ủy,      } để báo cáo": a brace typed after spaces belongs to its line.
      const segments = l.segments.length > 1 && isDashed(l.segments[0].text) && l.segments.slice(1).every((s) => s.text.startsWith('}'))
        ? [{ text: l.segments.map((s) => s.text).join(' '), side: l.segments[0].side }] : l.segments;
      for (const seg of segments) {
        const side = seg.side ?? l.side;
        if (isRecipientsLabel(seg.text)) { label = l; ctx.place(l, 'recipients', 'recipients-label'); continue; }
        const recipientLike = isDashed(seg.text) || archiveAt(seg.text) !== null || /^\}/u.test(seg.text) || groups.has(l.seq);
        if (side === 'left' || (side === null && label && recipientLike) || (side === null && !label && isDashed(seg.text) && sig.length === 0)) rec.push({ text: seg.text, line: l });
        else sig.push({ text: seg.text, line: l });
      }
    }
  }
  if (label && (label as Line).italic && (label as Line).bold) {
    ctx.report.normalised('"Nơi nhận:" in nghiêng đậm là kiểu văn bản nhà nước; vanthu in theo thể thức của Đảng (gạch chân, không đậm).', { part: 'recipients', source: (label as Line).seq });
  }
  // Signature: authority, title lines, name (the last line).
  const signature: SignatureAttrs = { authority: '', onBehalfOf: '', title: '', name: '' };
  const sigLines = sig.filter((s) => {
    if (!isParenthesised(s.text)) return true;
    leftovers.push(s.line);
    return false;
  });
  let k = 0;
  const auth = sigLines[0] ? authorityAt(sigLines[0].text) : null;
  if (auth) {
    signature.authority = auth.authority as SignatureAttrs['authority'];
    signature.onBehalfOf = auth.rest;
    ctx.place(sigLines[0].line, 'signature', 'authority');
    if (auth.written !== auth.authority) {
      ctx.report.normalised(`Đổi "${auth.written}" (cách viết của văn bản nhà nước) thành "${auth.authority}".`, { part: 'signature', field: 'authority', source: sigLines[0].line.seq });
    }
    k = 1;
  }
  if (sigLines.length > k) {
    const nameLine = sigLines[sigLines.length - 1];
    signature.name = nameLine.text.replace(/\n/gu, ' ');
    ctx.place(nameLine.line, 'signature', 'signer-name');
    const titles = sigLines.slice(k, -1);
    titles.forEach((t) => ctx.place(t.line, 'signature', 'signer-title'));
    const title = titles.map((t) => t.text.replace(/\n/gu, ' ')).join(' ');
    signature.title = titleWithoutBody(title);
    if (signature.title !== title) {
      ctx.report.normalised(`Chức vụ người ký ghi không kèm tên cơ quan: "${title}" → "${signature.title}".`, { part: 'signature', field: 'title', source: titles[0].line.seq });
    }
  }
  // Nơi nhận: lines, groups (nested table or typed "}"), the "Lưu" line.
  const items: RecipientItem[] = [];
  let archive = '';
  let typedGroup: RecipientItem | null = null;
  let tableGroup = -1;
  for (const r of rec) {
    const a = archiveAt(r.text);
    if (a) {
      ctx.place(r.line, 'recipients', 'archive');
      archive = cleanRecipient(a.rest.replace(/^:\s*/u, ''));
      if (a.colon) ctx.report.normalised('Bỏ dấu hai chấm sau "Lưu".', { part: 'recipients', field: 'archive', source: r.line.seq });
      continue;
    }
    ctx.place(r.line, 'recipients', 'recipient');
    const g = groups.get(r.line.seq);
    if (g && g.group >= 0) {
      if (g.group !== tableGroup) { items.push({ lines: [], purpose: g.purpose }); tableGroup = g.group; }
      const text = cleanRecipient(r.text);
      if (text) items[items.length - 1].lines.push(text);
      continue;
    }
    tableGroup = -1;
    const brace = /^(.*?)\s*\}\s*(.*)$/u.exec(r.text);
    if (brace) {
      const text = cleanRecipient(brace[1]);
      if (!typedGroup) { typedGroup = { lines: [], purpose: '' }; items.push(typedGroup); }
      if (text) typedGroup.lines.push(text);
      if (brace[2].trim() && !typedGroup.purpose) typedGroup.purpose = brace[2].trim();
      continue;
    }
    typedGroup = null;
    const text = cleanRecipient(r.text);
    if (text) items.push({ lines: [text], purpose: '' });
  }
  const kept = items.filter((i) => i.lines.length > 0);
  if (rec.some((r) => /;\s*$/u.test(r.text))) {
    ctx.report.normalised('Bỏ dấu ";" cuối các dòng Nơi nhận (kiểu văn bản nhà nước); vanthu in dấu phân cách theo thể thức.', { part: 'recipients' });
  }
  return { signature, items: kept, archive, found: { signature: sigLines.length > 0, recipients: label !== null || rec.length > 0 }, leftovers };
}

/** Whether a paragraph's text marks the closing (Nơi nhận, an authority line) in any of its segments. */
export function isClosingMark(p: WordParagraph | Line): boolean {
  const text = 'segments' in p ? p.segments.map((s) => s.text) : [p.text];
  return text.some((t) => isRecipientsLabel(t) || authorityAt(t) !== null);
}
