/**
 * The boxes of the text of one page of a PDF, read with pdf.js (pdfjs-dist, legacy build for
 * Node): each text item's rectangle in PDF points, origin bottom left, descenders included.
 */

/** A rectangle in PDF points (origin bottom left). */
export interface Rect { x0: number; y0: number; x1: number; y1: number }

/** A page's size and the boxes of its text. */
export interface PageText { width: number; height: number; boxes: Rect[] }

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** Reads the text boxes of page `pageNumber` (1-based) of a PDF. */
export async function pageTextBoxes(pdf: Uint8Array, pageNumber = 1): Promise<PageText> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const lib = await pdfjs;
  const task = lib.getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(pageNumber);
    const [vx0, vy0, vx1, vy1] = page.view;
    const content = await page.getTextContent();
    const boxes: Rect[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [a, b, , d, e, f] = item.transform as number[];
      const size = Math.hypot(b, d) || Math.abs(a) || item.height;
      const height = item.height || size;
      const x0 = e - vx0, y0 = f - vy0;
      boxes.push({ x0, y0: y0 - height * 0.25, x1: x0 + item.width, y1: y0 + height });
    }
    return { width: vx1 - vx0, height: vy1 - vy0, boxes };
  } finally {
    await doc.destroy();
  }
}
