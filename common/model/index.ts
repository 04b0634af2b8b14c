/** The document model of vanthu: the schema and the types of its structured parts. */
export { schema, PARTS, type NodeName } from './schema';
export type { HeaderAttrs } from './nodes/header';
export { SECRECY_LEVELS, URGENCY_LEVELS } from './nodes/header';
export type { TitleAttrs } from './nodes/title';
export type { SignatureAttrs, RecipientsAttrs, RecipientItem } from './nodes/closing';
export type { AppendixAttrs } from './nodes/appendix';
export { blocksFromCompact, blockFromCompact, inline, type CompactBlock } from './compact';
export { findPart, partsOf } from './parts';
