/** Access to the structured parts of a Party document node, found by name (never by position). */
import type { Node } from 'prosemirror-model';
import type { AppendixAttrs } from './nodes/appendix';
import type { HeaderAttrs } from './nodes/header';
import type { TitleAttrs } from './nodes/title';
import type { RecipientsAttrs, SignatureAttrs } from './nodes/closing';
import type { PrintedPart } from './part';
import type { PARTS } from './schema';

/** Names of the parts printed from their attributes (declared with `printedPart` / `lockedPart` in the schema). */
export type PrintedPartName = Extract<(typeof PARTS)[number], PrintedPart>['name'];

/** `T` when its keys are exactly `K`, else never (so a printed part without its attributes type fails). */
type ExactKeys<T, K extends PropertyKey> = [keyof T] extends [K] ? ([K] extends [keyof T] ? T : never) : never;

/** The attributes of each printed part. */
export type PrintedPartAttrs = ExactKeys<{
  header: HeaderAttrs;
  title: TitleAttrs;
  signature: SignatureAttrs;
  recipients: RecipientsAttrs;
  appendix: AppendixAttrs;
}, PrintedPartName>;

/** The parts a document has exactly once: the top-level ones and the closing's two. */
export type SinglePartName = 'header' | 'title' | 'body' | 'closing' | 'signature' | 'recipients';

/** Finds the one node of a part by name (header, title, body, closing, signature, recipients). */
export function findPart(doc: Node, name: SinglePartName): Node {
  let found: Node | undefined;
  doc.descendants((n) => {
    if (found) return false;
    if (n.type.name === name) found = n;
    return n.type.name === 'doc' || n.type.name === 'closing';
  });
  if (!found) throw new Error(`missing part ${name}`);
  return found;
}

/** The attributes of a printed part found by name, typed. */
export function partAttrs<K extends Exclude<PrintedPartName, 'appendix'>>(doc: Node, name: K): PrintedPartAttrs[K] {
  return findPart(doc, name).attrs as PrintedPartAttrs[K];
}

/** The structured parts of a document, typed. */
export function partsOf(doc: Node) {
  return {
    header: partAttrs(doc, 'header'),
    title: partAttrs(doc, 'title'),
    signature: partAttrs(doc, 'signature'),
    recipients: partAttrs(doc, 'recipients'),
  };
}

/** Names of the parts the drafter edits freely (the body and the appendices' blocks). */
export const FREE_PARTS: readonly string[] = ['body', 'appendix'];

/** Whether a node is a free part (body or appendix): its blocks take the body's editing. */
export function isFreePart(node: Node | null | undefined): boolean {
  return !!node && FREE_PARTS.includes(node.type.name);
}
