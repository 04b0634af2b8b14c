/**
 * Advance widths of Times New Roman (and its metric twin Liberation Serif), from the Adobe Times AFM
 * tables in 1/1000 em, to size lines drawn under text (the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is as
 * long as the title). Vietnamese letters take the width of their base letter.
 */
const UPPER_REGULAR = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const UPPER_BOLD = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const LOWER_REGULAR = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const LOWER_BOLD = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const OTHER: Record<string, number> = { ' ': 250, '-': 333, ',': 250, '.': 250, '*': 500, '/': 278, ':': 278 };

function charWidth(ch: string, bold: boolean): number {
  const base = ch.normalize('NFD')[0].replace('Đ', 'D').replace('đ', 'd');
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return (bold ? UPPER_BOLD : UPPER_REGULAR)[code - 65];
  if (code >= 97 && code <= 122) return (bold ? LOWER_BOLD : LOWER_REGULAR)[code - 97];
  if (code >= 48 && code <= 57) return 500;
  return OTHER[base] ?? 500;
}

/** Width of `text` set in Times New Roman at `sizePt`, in points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, bold);
  return (units / 1000) * sizePt;
}

/**
 * Width of the first column of a braced Nơi nhận group, in points: its longest line (in the
 * recipient style) and a little air, so the brace stands just after the longest line of its own
 * group, not at a fixed place far from short lines.
 */
export function braceLinesWidthPt(lines: string[], sizePt: number): number {
  const longest = Math.max(0, ...lines.map((l) => textWidthPt(l, sizePt)));
  return Math.ceil(longest + sizePt / 2);
}

/** The hanging indent of a Nơi nhận line, in points: the width of its "- " dash, which hangs left of its wrapped lines. */
export function recipientHangPt(sizePt: number): number {
  return Math.round(textWidthPt('- ', sizePt) * 10) / 10;
}
