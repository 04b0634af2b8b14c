/**
 * The page of a Word file against the layout profile (spec §1, §8 check 1): paper size and
 * orientation, the four margins, and the page number — Arabic, centred in the top margin, from
 * page 2 only (a PAGE field in the header of later pages, none on page 1).
 */
import type { WordFinding } from '../../../common/api/domains/word';
import type { LayoutProfile } from '../../../common/profile';
import type { WordBlock, WordHeaderFooter, WordParagraph, WordSection } from '../read/types';
import { mmText, ptText } from './units';

/** Millimetres a page side may differ from the profile (rounding of twips). */
const PAGE_TOLERANCE_MM = 1;
/** Millimetres a margin may differ from the profile (spec §8: ±0.5 mm). */
const MARGIN_TOLERANCE_MM = 0.5;

const SIDES = [['topMm', 'top', 'trên'], ['bottomMm', 'bottom', 'dưới'], ['leftMm', 'left', 'trái'], ['rightMm', 'right', 'phải']] as const;

function paragraphsOf(blocks: WordBlock[]): WordParagraph[] {
  return blocks.flatMap((b) => b.kind === 'paragraph' ? [b] : b.kind === 'textbox' ? b.paragraphs : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)));
}

/**
 * The paragraph holding the PAGE field of a header or footer: the one with a PAGE field run, else
 * (a field without a cached result has no run) its first paragraph whose text is empty or a number.
 */
function pageFieldParagraph(hf: WordHeaderFooter | null): WordParagraph | undefined {
  if (!hf?.hasPageField) return undefined;
  const paragraphs = paragraphsOf(hf.blocks);
  return paragraphs.find((p) => p.runs.some((r) => r.field === 'PAGE')) ?? paragraphs.find((p) => /^\s*\d*\s*$/u.test(p.text)) ?? paragraphs[0];
}

function checkSize(s: WordSection, p: LayoutProfile, add: (f: WordFinding) => void): void {
  const { widthMm, heightMm } = p.page;
  const off = Math.abs(s.pageWidthMm - widthMm) > PAGE_TOLERANCE_MM || Math.abs(s.pageHeightMm - heightMm) > PAGE_TOLERANCE_MM;
  if (off || s.landscape) {
    add({
      code: 'page-size', severity: 'error', part: 'page',
      message: `Khổ giấy ${mmText(s.pageWidthMm)} × ${mmText(s.pageHeightMm)} mm${s.landscape ? ', trang ngang' : ''}.`,
      wants: `Khổ A4 đứng ${mmText(widthMm)} × ${mmText(heightMm)} mm.`,
    });
  }
}

function checkMargins(s: WordSection, p: LayoutProfile, add: (f: WordFinding) => void): void {
  const wrong = SIDES.filter(([got, want]) => Math.abs(s.margins[got] - p.page.margins[want]) > MARGIN_TOLERANCE_MM);
  if (wrong.length === 0) return;
  add({
    code: 'page-margin', severity: 'error', part: 'page',
    message: `Lề ${wrong.map(([got, , vi]) => `${vi} ${mmText(s.margins[got])} mm`).join(', ')}.`,
    wants: `Lề trên ${p.page.margins.top} mm, dưới ${p.page.margins.bottom} mm, trái ${p.page.margins.left} mm, phải ${p.page.margins.right} mm.`,
  });
}

function checkPageNumber(s: WordSection, p: LayoutProfile, evenAndOdd: boolean, add: (f: WordFinding) => void): void {
  const wants = `Số trang bằng chữ số Ả Rập, cỡ ${ptText(p.styles.pageNumber.sizePt)}, ở giữa lề trên, từ trang 2 (trang đầu không đánh số).`;
  const has = (hf: WordHeaderFooter | null) => !!hf?.hasPageField;
  const inHeader = has(s.headers.default);
  if (!inHeader && !has(s.footers.default)) {
    add({ code: 'page-number-missing', severity: 'error', part: 'page', message: 'Không có số trang ở các trang từ trang 2.', wants });
    return;
  }
  const firstShows = s.titlePage ? has(s.headers.first) || has(s.footers.first) : true;
  if (firstShows) add({ code: 'page-number-first', severity: 'error', part: 'page', message: 'Trang 1 có đánh số trang.', wants });
  if (evenAndOdd && !has(s.headers.even) && !has(s.footers.even)) {
    add({ code: 'page-number-missing', severity: 'error', part: 'page', message: 'Trang chẵn không có số trang.', wants });
  }
  if (!inHeader) add({ code: 'page-number-place', severity: 'warning', part: 'page', message: 'Số trang ở chân trang.', wants });
  const later = pageFieldParagraph(inHeader ? s.headers.default : s.footers.default);
  if (!later) return;
  const size = later.runs.find((r) => r.field === 'PAGE')?.sizePt ?? null;
  const what = [later.alignment !== 'center' ? 'không căn giữa' : '', size !== null && size !== p.styles.pageNumber.sizePt ? `cỡ ${ptText(size)}` : ''].filter(Boolean);
  if (what.length) add({ code: 'page-number-style', severity: 'warning', part: 'page', message: `Số trang ${what.join(', ')}.`, wants });
}

/** Checks every section's page and the page numbers of the first section; one finding per kind. */
export function checkPage(sections: WordSection[], p: LayoutProfile, evenAndOdd: boolean): WordFinding[] {
  const out: WordFinding[] = [];
  const add = (f: WordFinding) => { if (!out.some((o) => o.code === f.code)) out.push(f); };
  sections.forEach((s) => { checkSize(s, p, add); checkMargins(s, p, add); });
  if (sections[0]) checkPageNumber(sections[0], p, evenAndOdd, add);
  return out;
}
