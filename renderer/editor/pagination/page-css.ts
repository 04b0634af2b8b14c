/**
 * The page view's CSS, computed from the layout profile (the same data the DOCX exporter reads):
 * A4 size and margins, Times New Roman (Liberation Serif has the same metrics), and one rule per
 * component style — sizes, bold/italic/underline, capitals, alignment, indent, spacing, line height.
 */
import type { Component, LayoutProfile, ParagraphStyle } from '../../../common/profile/types';
import { recipientHangPt } from '../../../common/text/metrics';
import { ConstructedSheet } from './constructed-sheet';

/** CSS px in a millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

/** Font stack: the profile's family, then metric-compatible fallbacks. */
export function fontStack(profile: LayoutProfile): string {
  return `"${profile.font.family}", "Liberation Serif", "Tinos", serif`;
}

/** CSS declarations of one paragraph style. */
export function styleCss(style: ParagraphStyle): string {
  const declarations = [
    `font-size:${style.sizePt}pt`, `font-weight:${style.bold ? 'bold' : 'normal'}`, `font-style:${style.italic ? 'italic' : 'normal'}`,
    `text-decoration:${style.underline ? 'underline' : 'none'}`, `text-align:${style.align}`,
    `margin:${style.spaceBeforePt ?? 0}pt 0 ${style.spaceAfterPt ?? 0}pt 0`,
    `line-height:${style.lineExactPt ? `${style.lineExactPt}pt` : '1.15'}`,
    `text-indent:${style.firstLineMm ? `${style.firstLineMm}mm` : '0'}`,
  ];
  if (style.upper) declarations.push('text-transform:uppercase');
  return declarations.join(';');
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
export function pageScope(profile: LayoutProfile): string {
  return `.vt-page[data-profile="${profile.id}"]`;
}

/** The whole stylesheet of the page view, scoped to pages of this profile. */
export function pageCss(profile: LayoutProfile): string {
  const margins = profile.page.margins;
  const scope = pageScope(profile);
  const rules: string[] = [
    `${scope}{box-sizing:border-box;width:${profile.page.widthMm}mm;min-height:${profile.page.heightMm}mm;`
      + `padding:${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm;`
      + `font-family:${fontStack(profile)};color:#${profile.font.colour};background:#fff;--vt-ml:${margins.left}mm;--vt-mr:${margins.right}mm}`,
    `${scope} .vt-ruler{position:absolute;visibility:hidden;height:${profile.page.heightMm - margins.top - margins.bottom}mm;width:1px}`,
    `${scope} .vt-hleft{width:${profile.headerLeftShare * 100}%}`,
    `${scope} .vt-part-recipients{width:${profile.closingLeftShare * 100}%}`,
    `${scope} .vt-pagegap .vt-pno{top:${profile.page.headerMm}mm;font-size:${profile.styles.pageNumber.sizePt}pt}`,
    `${scope} .vt-pagegap .vt-gap-top{height:${margins.top}mm}`,
    // Printing (Ctrl+P): the sheet's own size and bottom margin; each page gap starts a new sheet
    // with the top margin, so the printed pages break where the page view draws them.
    `@media print{@page{size:${profile.page.widthMm}mm ${profile.page.heightMm}mm;margin:0 0 ${margins.bottom}mm 0}${scope}{min-height:0;padding-bottom:0}}`,
    `${scope} .vt-addressee{padding-left:${profile.salutationIndent.leftMm}mm}`,
    `${scope} .vt-addressee + .vt-addressee{margin-top:0}`,
    `${scope} .vt-salute-label{display:inline-block;width:${profile.salutationIndent.hangingMm}mm;margin-left:-${profile.salutationIndent.hangingMm}mm}`,
  ];
  for (const [component, style] of Object.entries(profile.styles) as [Component, ParagraphStyle][]) {
    const blockSelectors = BLOCKS[component]?.split(', ').map((selector) => `${scope} ${selector}`) ?? [];
    rules.push(`${[`${scope} .vt-c-${component}`, ...blockSelectors].join(',')}{${styleCss(style)}}`);
  }
  rules.push(`${scope} .vt-c-signatureAuthority,${scope} .vt-c-signatureTitle,${scope} .vt-c-signerName,${scope} .vt-c-signatureSpace{text-indent:0}`);
  // The drafter's manual breaks in the title lines ("\n" in the attribute) break the line there, as <w:br/> does.
  rules.push(`${scope} .vt-c-typeName,${scope} .vt-c-author,${scope} .vt-c-summary,${scope} .vt-c-summaryLeft{white-space:pre-line}`);
  // A Nơi nhận line's "- " hangs: a long line wraps back under its text, as in the DOCX (w:hanging).
  const hangPt = recipientHangPt(profile.styles.recipient.sizePt);
  rules.push(`${scope} .vt-c-recipient{padding-left:${hangPt}pt;text-indent:-${hangPt}pt}`);
  return rules.join('\n');
}

/** The page stylesheet of each profile installed so far, by profile id. */
const pageSheets = new Map<string, ConstructedSheet>();

/** Installs a profile's page stylesheet once, as a constructed stylesheet. Returns the scope value. */
export function adoptPageCss(profile: LayoutProfile): string {
  let sheet = pageSheets.get(profile.id);
  if (!sheet) {
    sheet = new ConstructedSheet('last');
    pageSheets.set(profile.id, sheet);
  }
  sheet.write(pageCss(profile));
  return profile.id;
}
