/**
 * Finds a TrueType font with Vietnamese glyphs for the received stamp: Liberation Serif (Debian's
 * fonts-liberation2, installed by scripts/setup.sh), else Times New Roman on Windows and macOS.
 */
import fs from 'node:fs';

/** Candidate font files, in order of preference. */
export const STAMP_FONTS: readonly string[] = [
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  'C:\\Windows\\Fonts\\times.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
  '/Library/Fonts/Times New Roman.ttf',
];

/** The first candidate present (or `VANTHU_STAMP_FONT` when set), or null. */
export function findStampFont(candidates: readonly string[] = STAMP_FONTS): string | null {
  const env = process.env.VANTHU_STAMP_FONT;
  const list = env ? [env, ...candidates] : candidates;
  return list.find((f) => fs.existsSync(f)) ?? null;
}

/** The message shown when no font with Vietnamese glyphs exists on the machine. */
export const NO_FONT_MESSAGE =
  'Không tìm thấy phông chữ có dấu tiếng Việt (Liberation Serif hoặc Times New Roman) để in dấu đến; ' +
  'dấu được in không dấu. Hãy cài gói fonts-liberation2 (chạy scripts/setup.sh) rồi đóng dấu lại.';
