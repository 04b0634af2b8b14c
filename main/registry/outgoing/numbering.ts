/**
 * The numbering rules of Party documents (spec §4), as pure functions: which sequence a document
 * takes its number from, and what the next serial is. The database side is in ./sequence.ts.
 */
import { defaultScopeForCode, type NumberingScope } from '../../../common/rules/doc-types';
import { RegistryError } from '../errors';

/** The scope of a type in a book: its own setting, else the book's default, else the model's. */
export function scopeOf(typeCode: string, book: { defaultScope: NumberingScope | null; scopes: Record<string, NumberingScope> }): NumberingScope {
  return book.scopes[typeCode] ?? book.defaultScope ?? defaultScopeForCode(typeCode);
}

/** Identifies one number sequence inside a book. */
export interface SequenceKey {
  /** Type code, '*' for the shared sequence; '#MẬT' appended for a separate secret sequence. */
  seqCode: string;
  /** 'T<term id>' for term-scoped and shared sequences, 'Y<year>' for year-scoped ones. */
  period: string;
}

/** Inputs of `sequenceKey`. */
export interface SequenceInput {
  scope: NumberingScope;
  typeCode: string;
  secret: boolean;
  secretSeparate: boolean;
  /** The term containing the document date, null when none is open. */
  termId: number | null;
  /** Document date, ISO. */
  date: string;
}

/**
 * The sequence a document's number comes from. Types sharing an abbreviation share a counter
 * (Quyết định and Quy định are both "QĐ"); secret documents share their type's sequence unless the
 * book keeps them separate; a term-scoped sequence needs a term.
 */
export function sequenceKey(i: SequenceInput): SequenceKey {
  let seqCode = i.scope === 'shared' ? '*' : i.typeCode;
  if (i.secret && i.secretSeparate) seqCode += '#MẬT';
  if (i.scope === 'year') return { seqCode, period: `Y${i.date.slice(0, 4)}` };
  if (i.termId === null) {
    throw new RegistryError('no-term', `Chưa có nhiệm kỳ nào bao gồm ngày ${i.date}: hãy mở nhiệm kỳ (vanthu registry term open) trước khi cấp số.`);
  }
  return { seqCode, period: `T${i.termId}` };
}

/** The next serial: one after the highest used (issued, reserved or cancelled) or the declared last-used number. */
export function nextSerial(highestUsed: number | null, declaredLastUsed: number | null): number {
  return Math.max(highestUsed ?? 0, declaredLastUsed ?? 0) + 1;
}

/**
 * What releasing a reservation does: the number returns to the pool only when nothing after it
 * was given in its sequence; otherwise it is kept as cancelled, so the register shows no gap.
 */
export function releaseOutcome(serial: number, highestInSequence: number): 'return' | 'cancel' {
  return serial >= highestInSequence ? 'return' : 'cancel';
}

/** The term containing `date` (start and end dates inclusive). */
export function termFor<T extends { startDate: string; endDate: string | null }>(terms: readonly T[], date: string): T | undefined {
  return terms.find((t) => t.startDate <= date && (t.endDate === null || date <= t.endDate));
}
