/** Times New Roman advance widths: the one table lives in common/text/metrics.ts (the page view reads it too). */
export { textWidthPt } from '../../../common/text/metrics';
