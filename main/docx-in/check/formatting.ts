/**
 * The formatting of each placed paragraph of a Word file against the profile's style for its role
 * (spec §2.2, §8 checks 2–10): font, size, bold, italic, underline and capitals of every part, and,
 * for the body's paragraphs, alignment, first-line indent, line spacing and spacing before. One
 * finding per part and property, naming the first paragraph and how many there are.
 */
import type { WordFinding } from '../../../common/api/domains/word';
import type { Component, LayoutProfile, ParagraphStyle } from '../../../common/profile';
import { upperVi } from '../../../common/text/normalize';
import type { WordParagraph, WordRun } from '../read/types';
import type { Placement } from '../recognise/types';
import { BODY_PARAGRAPHS, COMPONENT_NAMES, ROLE_COMPONENTS, RUNNING_TEXT } from './components';
import { mmText, ptText } from './units';

/** Word's size when nothing sets one. */
const WORD_DEFAULT_PT = 10;
const INDENT_TOLERANCE_MM = 0.5;
const SPACING_TOLERANCE_PT = 0.5;

const ALIGN_VI = { left: 'căn trái', center: 'căn giữa', right: 'căn phải', justify: 'căn đều hai bên' } as const;

/** "cỡ 16, in hoa, đậm" — the profile's style of a component in words. */
export function describeStyle(s: ParagraphStyle): string {
  return [
    `cỡ ${ptText(s.sizePt)}`,
    s.upper ? 'in hoa' : '',
    s.bold ? 'đậm' : 'không đậm',
    s.italic ? 'nghiêng' : 'đứng',
    s.underline ? 'gạch chân' : '',
  ].filter(Boolean).join(', ');
}

function lineText(l: WordParagraph['spacing']['line']): string {
  if (l.rule === 'multiple') return l.multiple === 1 ? 'đơn' : `${l.multiple.toLocaleString('vi-VN')} dòng`;
  return `${l.rule === 'exact' ? 'chính xác' : 'tối thiểu'} ${ptText(l.pt)}`;
}

type Prop = 'bold' | 'italic' | 'underline';
const PROP_VI: Record<Prop, [string, string]> = { bold: ['in đậm', 'không in đậm'], italic: ['in nghiêng', 'không in nghiêng'], underline: ['gạch chân', 'không gạch chân'] };

interface Hit { component: Component; part: WordFinding['part']; code: string; seq: number; message: string; wants: string }

/** What is wrong with one paragraph's characters. */
function charHits(p: WordParagraph, component: Component, s: ParagraphStyle, family: string): Omit<Hit, 'component' | 'part' | 'seq'>[] {
  const runs = p.runs.filter((r: WordRun) => !r.field && !r.break && r.text.trim() !== '');
  if (runs.length === 0) return [];
  const name = COMPONENT_NAMES[component];
  const out: Omit<Hit, 'component' | 'part' | 'seq'>[] = [];
  // Read only when something is wrong (most paragraphs are right).
  const hit = (code: string, message: string, wants = `${name}: ${describeStyle(s)}.`) => out.push({ code, message, wants });
  const fonts = [...new Set(runs.map((r) => r.font ?? 'phông mặc định của Word'))].filter((f) => f.toLowerCase() !== family.toLowerCase());
  if (fonts.length) hit('font', `${name} dùng phông ${fonts.join(', ')}.`, `Phông ${family}.`);
  const sizes = [...new Set(runs.map((r) => r.sizePt ?? WORD_DEFAULT_PT))].filter((x) => Math.abs(x - s.sizePt) > 0.01);
  if (sizes.length) hit('font-size', `${name} cỡ ${sizes.map(ptText).join(', ')}.`);
  for (const prop of ['bold', 'italic', 'underline'] as const) {
    const want = s[prop] ?? false;
    const has = runs.map((r) => r[prop]);
    // In running text emphasis is the drafter's (a bold lead phrase, a bold "Điều 1." line): only a missing one counts.
    const wrong = want ? has.some((h) => !h) : !RUNNING_TEXT.has(component) && has.some((h) => h);
    if (wrong) hit(prop, `${name} ${PROP_VI[prop][want ? 1 : 0]}.`);
  }
  if (s.upper && !runs.every((r) => r.caps) && upperVi(p.text) !== p.text) {
    hit('upper', `${name} không viết in hoa: "${p.text.trim().slice(0, 40)}".`);
  }
  return out;
}

/** What is wrong with the layout of one body paragraph. */
function layoutHits(p: WordParagraph, s: ParagraphStyle, profile: LayoutProfile): Omit<Hit, 'component' | 'part' | 'seq'>[] {
  if (!p.text.trim()) return [];
  const name = 'Đoạn nội dung';
  const out: Omit<Hit, 'component' | 'part' | 'seq'>[] = [];
  if (p.alignment !== s.align) out.push({ code: 'align', message: `${name} ${ALIGN_VI[p.alignment]}.`, wants: `${ALIGN_VI[s.align][0].toUpperCase()}${ALIGN_VI[s.align].slice(1)}.` });
  const first = s.firstLineMm ?? 0;
  if (Math.abs(p.indent.firstLineMm - first) > INDENT_TOLERANCE_MM || Math.abs(p.indent.leftMm) > INDENT_TOLERANCE_MM) {
    const left = Math.abs(p.indent.leftMm) > INDENT_TOLERANCE_MM ? `, lề trái đoạn ${mmText(p.indent.leftMm)} mm` : '';
    out.push({ code: 'indent', message: `${name} thụt đầu dòng ${mmText(p.indent.firstLineMm)} mm${left}.`, wants: `Thụt đầu dòng ${mmText(first)} mm (${profile.name}).` });
  }
  const l = p.spacing.line;
  const lineOk = s.lineExactPt ? l.rule === 'exact' && Math.abs(l.pt - s.lineExactPt) <= 0.25 : l.rule === 'multiple' && Math.abs(l.multiple - 1) < 0.01;
  if (!lineOk) out.push({ code: 'line-spacing', message: `${name} giãn dòng ${lineText(l)}.`, wants: `Giãn dòng ${s.lineExactPt ? `chính xác ${ptText(s.lineExactPt)}` : 'đơn'} (${profile.name}).` });
  const before = s.spaceBeforePt ?? 0;
  if (Math.abs(p.spacing.beforePt - before) > SPACING_TOLERANCE_PT) {
    out.push({ code: 'paragraph-spacing', message: `${name} cách đoạn trước ${ptText(p.spacing.beforePt)}.`, wants: `Cách đoạn trước ${ptText(before)} (${profile.name}).` });
  }
  return out;
}

/** Checks the placed paragraphs (`bySeq`: the Word file's paragraphs by number); one finding per part, component and property. */
export function checkFormatting(placements: Placement[], bySeq: Map<number, WordParagraph>, profile: LayoutProfile): WordFinding[] {
  const hits: Hit[] = [];
  // A bare title (the head of a văn phòng or ban signing in own name) is the block's first line: the authority's style.
  const bareTitle = !placements.some((pl) => pl.role === 'authority');
  for (const pl of placements) {
    const role = pl.role === 'signer-title' && bareTitle ? { component: 'signatureAuthority' as const, part: 'signature' as const } : ROLE_COMPONENTS[pl.role];
    const p = bySeq.get(pl.seq);
    if (!role || !p) continue;
    const s = profile.styles[role.component];
    for (const h of charHits(p, role.component, s, profile.font.family)) hits.push({ ...h, component: role.component, part: role.part, seq: pl.seq });
    // The body's paragraphs share one layout (headings add only bold): one finding per property for all of them.
    if (BODY_PARAGRAPHS.has(role.component)) for (const h of layoutHits(p, s, profile)) hits.push({ ...h, component: 'body', part: role.part, seq: pl.seq });
  }
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const key = `${h.component}|${h.code}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  return [...groups.values()].map((g) => ({
    code: g[0].code,
    severity: 'error' as const,
    part: g[0].part,
    message: g.length > 1 ? `${g[0].message.replace(/\.$/, '')} (${g.length} đoạn, đầu tiên là đoạn ${g[0].seq} của tệp).` : `${g[0].message.replace(/\.$/, '')} (đoạn ${g[0].seq} của tệp).`,
    wants: g[0].wants,
    source: g[0].seq,
  }));
}
