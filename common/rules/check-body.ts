/**
 * Checks of the free body (spec §2.3 (6), §8 check 8): heading forms "I- …" (UPPER), "1. …",
 * "a) …", dash items "- …", the order of Roman and Arabic numbering, numbers of other documents
 * cited in the State form ("04/NQ-TU"), and the closing mark of the profile. One pass over the blocks.
 */
import type { Node } from 'prosemirror-model';
import type { LayoutProfile } from '../profile/types';
import { PROFILES } from '../profile';
import type { Finding } from './check';

type Add = (f: Omit<Finding, 'pos' | 'severity'> & { severity?: Finding['severity']; pos?: number }) => void;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
/** Heading patterns per level: the numbering prefix each level must start with. */
export const HEADING_PATTERNS: Record<1 | 2 | 3, RegExp> = {
  1: /^([IVXLC]+)([-.]) \S/u,
  2: /^(\d+)\. \S/u,
  3: /^([a-zđ])\) \S/u,
};
const HEADING_EXAMPLES = { 1: '"I- QUAN ĐIỂM, MỤC TIÊU"', 2: '"1. Quan điểm"', 3: '"a) Mục tiêu chung"' };
/** A dash typed after the automatic one ("- - nội dung", also with an en dash or "+"). */
const DOUBLE_DASH = /^\s*[-–+]\s+[-–—+](?:\s|$)/u;
const STATE_CITATION = /(?<![\p{L}\d/-])\d{1,4}\/(?:\d{4}\/)?[A-ZĐ]{1,6}-[A-ZĐ]{1,10}(?![\p{L}\d])/u;

function checkHeading(node: Node, pos: number, counters: { roman: number; arabic: number }, add: Add): void {
  const level = node.attrs.level as 1 | 2 | 3;
  const text = node.textContent.trim();
  const m = HEADING_PATTERNS[level]?.exec(text);
  if (!m) {
    add({ code: 'heading-form', part: 'body', pos, message: `Đề mục cấp ${level} phải bắt đầu như ${HEADING_EXAMPLES[level] ?? '"I- "'}: "${text.slice(0, 40)}".` });
    return;
  }
  if (level === 1) {
    const expected = ROMAN[counters.roman];
    counters.roman += 1;
    counters.arabic = 0;
    if (m[2] === '.') add({ code: 'heading-roman-dot', severity: 'warning', part: 'body', pos, message: `Đề mục La Mã thường viết "${m[1]}- ", không phải "${m[1]}. ".` });
    if (expected && m[1] !== expected) add({ code: 'heading-order', severity: 'warning', part: 'body', pos, message: `Đề mục "${m[1]}" không đúng thứ tự (cần "${expected}").` });
    if (text !== text.toLocaleUpperCase('vi-VN')) add({ code: 'heading-upper', part: 'body', pos, message: `Đề mục cấp 1 viết chữ in hoa: "${text.slice(0, 40)}".` });
  } else if (level === 2) {
    counters.arabic += 1;
    if (Number(m[1]) !== counters.arabic) add({ code: 'heading-order', severity: 'warning', part: 'body', pos, message: `Đề mục "${m[1]}." không đúng thứ tự (cần "${counters.arabic}.").` });
  }
}

/** Checks the body node; `start` is the document position of its first child. */
export function checkBody(body: Node, start: number, profile: LayoutProfile, add: Add): void {
  if (!body.textContent.trim()) {
    add({ code: 'body-empty', part: 'body', pos: start, message: 'Nội dung văn bản còn trống.' });
    return;
  }
  const counters = { roman: 0, arabic: 0 };
  let citations = 0;
  body.forEach((node, offset) => {
    const pos = start + offset;
    const name = node.type.name;
    if (name === 'heading') checkHeading(node, pos, counters, add);
    else if (name === 'dash_item' && !/^[-+] \S/u.test(node.textContent)) {
      add({ code: 'dash-form', part: 'body', pos, message: 'Dòng gạch đầu dòng phải bắt đầu bằng "- ".' });
    }
    if ((name === 'dash_item' || name === 'paragraph') && DOUBLE_DASH.test(node.textContent)) {
      add({ code: 'dash-double', part: 'body', pos, message: `Dòng gạch đầu dòng có hai dấu gạch: "${node.textContent.slice(0, 20)}…"; xóa dấu gạch thừa.` });
    }
    if (citations < 5 && name !== 'table') {
      const c = STATE_CITATION.exec(node.textContent);
      if (c) {
        citations += 1;
        add({ code: 'citation-state', severity: 'warning', part: 'body', pos, message: `"${c[0]}" là cách ghi số của văn bản nhà nước; số văn bản của Đảng ghi dạng "04-NQ/TU".` });
      }
      if (/(?<![\p{L}\p{N}])Số\s*:\s*\d/u.test(node.textContent)) {
        add({ code: 'number-colon', part: 'body', pos, message: 'Sau chữ "Số" không có dấu hai chấm.' });
      }
    }
  });
  const last = body.lastChild?.textContent.trimEnd() ?? '';
  const mark = profile.wording.closingMark;
  // The mark of another profile (e.g. HD 36's "./." in an HD 05 document), written by hand.
  const other = PROFILES.map((x) => x.wording.closingMark).find((m) => m !== mark && m.length > mark.length && last.endsWith(m));
  if (other) {
    const lastPos = start + body.content.size - (body.lastChild?.nodeSize ?? 0);
    add({ code: 'closing-mark', severity: 'warning', part: 'body', pos: lastPos, message: `Theo ${profile.name}, văn bản kết thúc bằng "${mark}", không phải "${other}".` });
  }
}
