/** The document model of vanthu: the schema and the types of its structured parts. */
export { schema, PARTS, type NodeName } from './schema';
export type { HeaderAttrs } from './nodes/header';
export { SECRECY_LEVELS, URGENCY_LEVELS } from './nodes/header';
export type { TitleAttrs } from './nodes/title';
export type { SignatureAttrs, RecipientsAttrs, RecipientItem, Authority } from './nodes/closing';
export { AUTHORITIES } from './nodes/closing';
export type { AppendixAttrs } from './nodes/appendix';
export { APPENDIX_LABEL, appendixLabel, isNumberedLabel } from './nodes/appendix';
export { closingSuffix } from './nodes/body';
export { blocksFromCompact, blockFromCompact, inline, type CompactBlock } from './compact';
export { findPart, partAttrs, partsOf, FREE_PARTS, isFreePart, type PrintedPartName, type PrintedPartAttrs, type SinglePartName } from './parts';
export { placeholdersIn, placeholderAt, placeholderMark, allPlaceholders, fillPlaceholders, type PlaceholderRange } from './placeholder';
export type { PlaceholderKind, PlaceholderAttrs } from './marks';
