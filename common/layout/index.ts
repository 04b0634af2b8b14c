/**
 * The layout of the locked parts: one pure function per part giving the lines it prints, read by
 * the DOCX writers (main/export/docx) and the page view's node views (renderer/editor/views) alike.
 */
export { printedLine, readingOrder, type LineRole, type PrintedLine, type Column } from './line';
export type { LayoutContext } from './context';
export { headerLines, SUMMARY_HINT } from './header';
export { titleLines } from './title';
export { signatureLinesOf, SIGNER_HINT } from './signature';
export { recipientsLines } from './recipients';
export { appendixLines } from './appendix';
export { LAYOUT_PLAN, layoutPart, layoutContext, type PartLayout } from './plan';
