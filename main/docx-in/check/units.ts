/** Numbers as the check's Vietnamese messages print them: "12,7 mm", "14 pt" (one decimal at most). */

/** One formatter for every number of the messages (building an Intl formatter per call is slow). */
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A length in millimetres, Vietnamese decimal comma, at most one decimal ("12,7"). */
export function mmText(mm: number): string {
  return VI_NUMBER.format(Math.round(mm * 10) / 10);
}

/** A size in points with its unit ("14 pt", "10,5 pt"). */
export function ptText(pt: number): string {
  return `${VI_NUMBER.format(Math.round(pt * 10) / 10)} pt`;
}
