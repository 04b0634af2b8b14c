/**
 * Manual line breaks in the title lines (type name, author line, trích yếu): the drafter breaks a
 * long line where the sense allows (Shift+Enter), stored as "\n" in the attribute, printed as a
 * line break at that place (DOCX <w:br/>, page view pre-line).
 */

/** The lines of a field, split at its manual breaks; each trimmed, blank lines dropped. */
export function manualLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).map((l) => l.trim()).filter(Boolean);
}

/** A typed field normalised and its breaks kept: NFC, runs of spaces made one within each line, blank lines dropped. */
export function normaliseBroken(text: string): string {
  return manualLines(text.normalize('NFC').replace(/[^\S\r\n]+/gu, ' ')).join('\n');
}
