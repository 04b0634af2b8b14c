/**
 * Collecting the import report while the recogniser works: each normalisation made, each thing
 * that needs the user's eye, each paragraph placed in the body for want of a part — in Vietnamese,
 * with its place. Repeated normalisations of the body (spaces, tabs, Word numbering) are counted
 * and given as one line each.
 */
import type { ReportItem, ReportKind, ReportPlace } from '../recognise/types';

/** The report being written. */
export class ReportBuilder {
  private readonly items: ReportItem[] = [];
  private readonly counted = new Map<string, { place: ReportPlace; count: number; sources: number[] }>();

  /** Adds a line. */
  add(kind: ReportKind, message: string, place: ReportPlace): void {
    this.items.push({ kind, message, place });
  }

  /** A normalisation made. */
  normalised(message: string, place: ReportPlace): void {
    this.add('normalised', message, place);
  }

  /** Something the user should look at. */
  attention(message: string, place: ReportPlace): void {
    this.add('attention', message, place);
  }

  /** A paragraph placed in the body because no part took it. */
  unplaced(message: string, place: ReportPlace): void {
    this.add('unplaced', message, place);
  }

  /** Counts one occurrence of a repeated body normalisation (`what` is its message before the count). */
  count(what: string, place: ReportPlace): void {
    const c = this.counted.get(what);
    if (c) { c.count += 1; if (place.source !== undefined) c.sources.push(place.source); }
    else this.counted.set(what, { place, count: 1, sources: place.source !== undefined ? [place.source] : [] });
  }

  /** The report: the lines in the order added, then the counted ones. */
  build(): ReportItem[] {
    const counted: ReportItem[] = [...this.counted.entries()].map(([what, c]) => ({
      kind: 'normalised',
      message: c.count === 1 ? what : `${what} (${c.count} đoạn: đoạn ${c.sources.slice(0, 8).join(', ')}${c.sources.length > 8 ? ', …' : ''} của tệp Word)`,
      place: c.place,
    }));
    return [...this.items, ...counted];
  }
}
