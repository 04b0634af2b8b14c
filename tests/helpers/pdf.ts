/** Reading word boxes of a rendered PDF with `pdftotext -bbox` (points, origin top-left). */
import { execFileSync } from 'node:child_process';

/** One word on a page. */
export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Page size and words of every page. */
export function readWords(pdf: string): { width: number; height: number; words: Word[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const words: Word[] = [];
  html.split('<page ').slice(1).forEach((chunk, i) => {
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5].replace(/&amp;/g, '&') });
    }
  });
  return { width: +size[1], height: +size[2], words };
}

/** The box around a run of consecutive words on a page that spell `phrase`. */
export function findPhrase(words: Word[], phrase: string, page = 1): Word | undefined {
  const want = phrase.split(/\s+/);
  const onPage = words.filter((w) => w.page === page);
  for (let i = 0; i + want.length <= onPage.length; i++) {
    if (want.every((w, k) => onPage[i + k].text === w)) {
      const run = onPage.slice(i, i + want.length);
      return { page, text: phrase, xMin: Math.min(...run.map((w) => w.xMin)), yMin: Math.min(...run.map((w) => w.yMin)), xMax: Math.max(...run.map((w) => w.xMax)), yMax: Math.max(...run.map((w) => w.yMax)) };
    }
  }
  return undefined;
}
