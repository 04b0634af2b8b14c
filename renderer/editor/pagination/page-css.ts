/**
 * The page view's CSS, computed from the layout profile (the same data the DOCX exporter reads):
 * A4 size and margins, Times New Roman (Liberation Serif has the same metrics), and one rule per
 * component style — sizes, bold/italic/underline, capitals, alignment, indent, spacing, line height.
 */
import type { Component, LayoutProfile, ParagraphStyle } from '../../../common/profile/types';
import { recipientHangPt } from '../../../common/text/metrics';

/** CSS px in a millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

/**
 * A new constructed stylesheet added to the document, first or last in the cascade (the window's
 * content security policy forbids inline <style>; constructed sheets are allowed). Null where the
 * browser has none (the unit tests' jsdom).
 */
export function adoptSheet(place: 'first' | 'last' = 'last'): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = place === 'first' ? [sheet, ...document.adoptedStyleSheets] : [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** Font stack: the profile's family, then metric-compatible fallbacks. */
export function fontStack(p: LayoutProfile): string {
  return `"${p.font.family}", "Liberation Serif", "Tinos", serif`;
}

/** CSS declarations of one paragraph style. */
export function styleCss(s: ParagraphStyle): string {
  const d = [
    `font-size:${s.sizePt}pt`, `font-weight:${s.bold ? 'bold' : 'normal'}`, `font-style:${s.italic ? 'italic' : 'normal'}`,
    `text-decoration:${s.underline ? 'underline' : 'none'}`, `text-align:${s.align}`,
    `margin:${s.spaceBeforePt ?? 0}pt 0 ${s.spaceAfterPt ?? 0}pt 0`,
    `line-height:${s.lineExactPt ? `${s.lineExactPt}pt` : '1.15'}`,
    `text-indent:${s.firstLineMm ? `${s.firstLineMm}mm` : '0'}`,
  ];
  if (s.upper) d.push('text-transform:uppercase');
  return d.join(';');
}

/** Selectors of the body blocks for each component (toDOM of the schema). */
const BLOCKS: Partial<Record<Component, string>> = {
  body: '.vt-body > p, .vt-appendix > p',
  heading1: '.vt-body > h2, .vt-appendix > h2',
  heading2: '.vt-body > h3, .vt-appendix > h3',
  heading3: '.vt-body > h4, .vt-appendix > h4',
  dashItem: '.vt-body > p.vt-dash, .vt-appendix > p.vt-dash',
  centeredHeading: '.vt-body > p.vt-center, .vt-appendix > p.vt-center',
  tableText: '.vt-body td > p, .vt-body th > p, .vt-appendix td > p, .vt-appendix th > p',
};

/** The scope selector of a profile's page: `.vt-page[data-profile="hd36-2018"]`. */
export function pageScope(p: LayoutProfile): string {
  return `.vt-page[data-profile="${p.id}"]`;
}

/** The whole stylesheet of the page view, scoped to pages of this profile. */
export function pageCss(p: LayoutProfile): string {
  const m = p.page.margins;
  const S = pageScope(p);
  const rules: string[] = [
    `${S}{box-sizing:border-box;width:${p.page.widthMm}mm;min-height:${p.page.heightMm}mm;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`
      + `font-family:${fontStack(p)};color:#${p.font.colour};background:#fff;--vt-ml:${m.left}mm;--vt-mr:${m.right}mm}`,
    `${S} .vt-ruler{position:absolute;visibility:hidden;height:${p.page.heightMm - m.top - m.bottom}mm;width:1px}`,
    `${S} .vt-hleft{width:${p.headerLeftShare * 100}%}`,
    `${S} .vt-part-recipients{width:${p.closingLeftShare * 100}%}`,
    `${S} .vt-pagegap .vt-pno{top:${p.page.headerMm}mm;font-size:${p.styles.pageNumber.sizePt}pt}`,
    `${S} .vt-pagegap .vt-gap-top{height:${m.top}mm}`,
    // Printing (Ctrl+P): the sheet's own size and bottom margin; each page gap starts a new sheet
    // with the top margin, so the printed pages break where the page view draws them.
    `@media print{@page{size:${p.page.widthMm}mm ${p.page.heightMm}mm;margin:0 0 ${m.bottom}mm 0}${S}{min-height:0;padding-bottom:0}}`,
    `${S} .vt-addressee{padding-left:${p.salutationIndent.leftMm}mm}`,
    `${S} .vt-addressee + .vt-addressee{margin-top:0}`,
    `${S} .vt-salute-label{display:inline-block;width:${p.salutationIndent.hangingMm}mm;margin-left:-${p.salutationIndent.hangingMm}mm}`,
  ];
  for (const [c, s] of Object.entries(p.styles) as [Component, ParagraphStyle][]) {
    const sel = [`${S} .vt-c-${c}`, ...(BLOCKS[c] ? BLOCKS[c]!.split(', ').map((x) => `${S} ${x}`) : [])].join(',');
    rules.push(`${sel}{${styleCss(s)}}`);
  }
  rules.push(`${S} .vt-c-signatureAuthority,${S} .vt-c-signatureTitle,${S} .vt-c-signerName,${S} .vt-c-signatureSpace{text-indent:0}`);
  // The drafter's manual breaks in the title lines ("\n" in the attribute) break the line there, as <w:br/> does.
  rules.push(`${S} .vt-c-typeName,${S} .vt-c-author,${S} .vt-c-summary,${S} .vt-c-summaryLeft{white-space:pre-line}`);
  // A Nơi nhận line's "- " hangs: a long line wraps back under its text, as in the DOCX (w:hanging).
  const hang = recipientHangPt(p.styles.recipient.sizePt);
  rules.push(`${S} .vt-c-recipient{padding-left:${hang}pt;text-indent:-${hang}pt}`);
  return rules.join('\n');
}

const adopted = new Map<string, CSSStyleSheet>();

/** Installs a profile's page stylesheet once, as a constructed stylesheet. Returns the scope value. */
export function adoptPageCss(p: LayoutProfile): string {
  const css = pageCss(p);
  const key = p.id;
  let sheet = adopted.get(key);
  if (!sheet) {
    sheet = adoptSheet()!;
    adopted.set(key, sheet);
  }
  if ((sheet as CSSStyleSheet & { vtCss?: string }).vtCss !== css) {
    sheet.replaceSync(css);
    (sheet as CSSStyleSheet & { vtCss?: string }).vtCss = css;
  }
  return p.id;
}
