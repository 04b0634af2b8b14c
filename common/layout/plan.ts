/**
 * The layout plan: for every part printed from its attributes, the function giving its printed
 * lines. Keyed by the schema's printed parts (`PrintedPartName`, from common/model/parts.ts): a part
 * added to the schema without a plan here is a type error.
 */
import type { Node } from 'prosemirror-model';
import { partAttrs, type PrintedPartAttrs, type PrintedPartName } from '../model';
import type { LayoutProfile } from '../profile';
import { appendixLines } from './appendix';
import type { LayoutContext } from './context';
import { headerLines } from './header';
import type { PrintedLine } from './line';
import { recipientsLines } from './recipients';
import { signatureLinesOf } from './signature';
import { titleLines } from './title';

/** The function laying out one printed part. */
export type PartLayout<K extends PrintedPartName> = (attrs: PrintedPartAttrs[K], ctx: LayoutContext) => PrintedLine[];

/** One layout function per printed part of the schema. */
export const LAYOUT_PLAN: { readonly [K in PrintedPartName]: PartLayout<K> } = {
  header: headerLines,
  title: titleLines,
  signature: signatureLinesOf,
  recipients: recipientsLines,
  appendix: appendixLines,
};

/** The printed lines of a part from its attributes. */
export function layoutPart<K extends PrintedPartName>(name: K, attrs: PrintedPartAttrs[K], ctx: LayoutContext): PrintedLine[] {
  return (LAYOUT_PLAN[name] as PartLayout<K>)(attrs, ctx);
}

/** The layout context of a document: its profile and its title. */
export function layoutContext(doc: Node, profile: LayoutProfile): LayoutContext {
  return { profile, title: partAttrs(doc, 'title') };
}
