/**
 * The schema of a Party document, assembled from one list of parts. The editor draws it and the
 * exporter writes it; the exporter keeps one writer per node name of `PARTS` (checked by types).
 */
import { Schema } from 'prosemirror-model';
import { appendixPart } from './nodes/appendix';
import { centeredHeadingPart, dashItemPart, hardBreakPart, headingPart, paragraphPart, textPart } from './nodes/blocks';
import { bodyPart } from './nodes/body';
import { closingPart, recipientsPart, signaturePart } from './nodes/closing';
import { docPart } from './nodes/doc';
import { headerPart } from './nodes/header';
import { tableCellPart, tablePart, tableRowPart } from './nodes/table';
import { titlePart } from './nodes/title';
import { marks } from './marks';

/** Every part, in schema order (the first block type is the default one: paragraph). */
export const PARTS = [
  docPart, headerPart, titlePart, bodyPart, paragraphPart, headingPart, dashItemPart, centeredHeadingPart,
  tablePart, tableRowPart, tableCellPart, closingPart, signaturePart, recipientsPart, appendixPart, textPart, hardBreakPart,
] as const;

/** Names of all node types. */
export type NodeName = (typeof PARTS)[number]['name'];

/** The ProseMirror schema of a Party document. */
export const schema = new Schema({
  nodes: Object.fromEntries(PARTS.map((p) => [p.name, p.spec])),
  marks,
});
