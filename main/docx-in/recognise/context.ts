/**
 * What the recogniser's steps share: the report being written and where each paragraph of the
 * Word file went (one placement per paragraph, the last step to place it wins).
 */
import { ReportBuilder } from '../report/report';
import type { Line } from './lines';
import type { ImportPart, ImportRole, Placement } from './types';

/** The state of one recognition. */
export class RecogniseContext {
  /** The report being written. */
  readonly report = new ReportBuilder();
  private readonly placed = new Map<number, Placement>();

  /** Records where a line went. */
  place(line: Line, part: ImportPart, role: ImportRole, extra: { index?: number; appendix?: number } = {}): void {
    this.placed.set(line.seq, { seq: line.seq, part, role, text: line.text, ...extra });
  }

  /** Whether a line has been placed. */
  isPlaced(line: Line): boolean {
    return this.placed.has(line.seq);
  }

  /** The placements in the order of the Word file. */
  placements(): Placement[] {
    return [...this.placed.values()].sort((a, b) => a.seq - b.seq);
  }
}
