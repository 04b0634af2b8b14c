/** Numbers as the check's Vietnamese messages print them: "12,7 mm", "14 pt" (one decimal at most). */

/** A length in millimetres, Vietnamese decimal comma, at most one decimal ("12,7"). */
export function mmText(mm: number): string {
  return (Math.round(mm * 10) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** A size in points with its unit ("14 pt", "10,5 pt"). */
export function ptText(pt: number): string {
  return `${(Math.round(pt * 10) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} pt`;
}
