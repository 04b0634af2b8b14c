/**
 * Automatic numbering (word/numbering.xml): for each numbered paragraph, the number text Word
 * shows ("1.", "I-", "a)", "-"), computed from the level's format and text and from counters kept
 * per list in reading order — so the recogniser can see "manual numbering" done by Word's lists.
 * Levels whose text cannot be resolved simply (pictures, unknown formats) give null.
 */
import type { DocxPackage } from '../open/package';
import { readParaProps, type ParaProps } from './props';
import type { WordNumbering } from './types';
import { attr, child, children, numAttr } from './xml';

interface Level {
  format: string;
  text: string;
  start: number;
  para: ParaProps;
  picture: boolean;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The text of counter `n` in a level format, or null for a format not resolved here. */
export function formatCounter(n: number, format: string): string | null {
  switch (format) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'none': return '';
    default: return null;
  }
}

/** Bullets drawn from symbol fonts, as the character they show. */
const SYMBOL_BULLETS: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '➢', '\uf0fc': '✓', '\uf02d': '-', o: '◦' };

/** Numbering of a document: resolves each paragraph's number text in reading order. */
export class NumberingState {
  private readonly nums = new Map<string, { levels: Level[]; starts: Map<number, number>; abstract: string }>();
  private readonly counters = new Map<string, number[]>();

  /** Reads numbering.xml of a package (no lists when absent). */
  constructor(pkg: DocxPackage) {
    const rel = pkg.rels(pkg.mainPart).find((r) => r.type === 'numbering' && !r.external);
    const doc = pkg.xml(rel ? `word/${rel.target.replace(/^\/?word\//, '')}` : 'word/numbering.xml');
    const root = doc ? (doc.documentElement as unknown as Element) : null;
    const abstracts = new Map<string, Level[]>();
    for (const a of children(root, 'abstractNum')) {
      const levels: Level[] = [];
      for (const l of children(a, 'lvl')) {
        const i = numAttr(l, 'ilvl') ?? levels.length;
        levels[i] = {
          format: attr(child(l, 'numFmt')) ?? 'decimal', text: attr(child(l, 'lvlText')) ?? '',
          start: numAttr(child(l, 'start')) ?? 1, para: readParaProps(child(l, 'pPr')), picture: !!child(l, 'lvlPicBulletId'),
        };
      }
      abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
    }
    for (const n of children(root, 'num')) {
      const abstract = attr(child(n, 'abstractNumId')) ?? '';
      const starts = new Map<number, number>();
      for (const o of children(n, 'lvlOverride')) {
        const s = numAttr(child(o, 'startOverride'));
        if (s !== null) starts.set(numAttr(o, 'ilvl') ?? 0, s);
      }
      this.nums.set(attr(n, 'numId') ?? '', { levels: abstracts.get(abstract) ?? [], starts, abstract });
    }
  }

  /** The paragraph properties of a list level (its indents), merged under direct formatting. */
  levelProps(numId: string, level: number): ParaProps {
    return this.nums.get(numId)?.levels[level]?.para ?? {};
  }

  /** Counts one paragraph of list `numId` at `level` and gives its numbering, or null when the list is off ("0") or unknown. */
  next(numId: string, level: number): WordNumbering | null {
    const num = this.nums.get(numId);
    if (numId === '0' || !num) return null;
    const lvl = num.levels[level];
    if (!lvl) return null;
    const key = numId;
    const counters = this.counters.get(key) ?? [];
    const startOf = (i: number) => num.starts.get(i) ?? num.levels[i]?.start ?? 1;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level] + 1;
    counters.length = level + 1;
    this.counters.set(key, counters);
    let text: string | null;
    if (lvl.picture) text = null;
    else if (lvl.format === 'bullet') text = [...lvl.text].map((c) => SYMBOL_BULLETS[c] ?? c).join('');
    else {
      text = lvl.text;
      for (const m of lvl.text.matchAll(/%([1-9])/g)) {
        const i = Number(m[1]) - 1;
        const value = formatCounter(counters[i] ?? startOf(i), num.levels[i]?.format ?? 'decimal');
        if (value === null || text === null) { text = null; break; }
        text = text.replace(m[0], value);
      }
    }
    return { numId, level, format: lvl.format, text };
  }
}
