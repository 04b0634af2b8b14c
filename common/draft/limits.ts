/**
 * The one list of limits of a draft's structured fields, in characters (and counts for lists).
 * The draft validation (fields.ts), the format check (common/rules) and the editor's forms
 * (counter and refusal as the user types) all read this list, so a field can never be accepted by
 * the form and then refused by the save.
 */

/** Maximum length in characters of each text field, keyed "part.field". */
export const FIELD_LIMITS = {
  'header.superior': 200,
  'header.issuer': 200,
  'header.place': 100,
  'header.circulation': 200,
  'header.draftMark': 100,
  'title.typeName': 100,
  'title.author': 300,
  'title.summary': 1000,
  'title.addressees': 300,
  'signature.onBehalfOf': 200,
  'signature.title': 200,
  'signature.name': 100,
  'recipients.items': 300,
  'recipients.purpose': 60,
  'recipients.archive': 200,
  'appendix.label': 100,
  'appendix.title': 1000,
  'placeholder.hint': 200,
} as const;

/** A key of FIELD_LIMITS. */
export type LimitedField = keyof typeof FIELD_LIMITS;

/** Maximum counts of the list fields. */
export const LIST_LIMITS = {
  /** Lines of "Kính gửi". */
  'title.addressees': 50,
  /** Groups of Nơi nhận. */
  'recipients.items': 100,
  /** Lines inside one group of Nơi nhận. */
  'recipients.lines': 30,
} as const;

/** Largest document number a register allows (five digits): serials, last-used numbers, số đến. */
export const MAX_SERIAL = 99999;

/** Heading levels of the body (common/model/nodes/blocks.ts: 1 "I-", 2 "1.", 3 "a)"). */
export const HEADING_LEVELS = [1, 2, 3] as const;

/** Deepest nesting of a draft's JSON (a document needs about 10 levels). */
export const MAX_DRAFT_DEPTH = 64;

/** The limit of `field`. */
export function limitOf(field: LimitedField): number {
  return FIELD_LIMITS[field];
}
