/** Access to the structured parts of a Party document node. */
import type { Node } from 'prosemirror-model';
import type { HeaderAttrs } from './nodes/header';
import type { TitleAttrs } from './nodes/title';
import type { RecipientsAttrs, SignatureAttrs } from './nodes/closing';

/** Finds the one node of a structured part by name (header, title, signature, recipients). */
export function findPart(doc: Node, name: string): Node {
  let found: Node | undefined;
  doc.descendants((n) => {
    if (found) return false;
    if (n.type.name === name) found = n;
    return n.type.name === 'doc' || n.type.name === 'closing';
  });
  if (!found) throw new Error(`missing part ${name}`);
  return found;
}

/** The structured parts of a document, typed. */
export function partsOf(doc: Node) {
  return {
    header: findPart(doc, 'header').attrs as HeaderAttrs,
    title: findPart(doc, 'title').attrs as TitleAttrs,
    signature: findPart(doc, 'signature').attrs as SignatureAttrs,
    recipients: findPart(doc, 'recipients').attrs as RecipientsAttrs,
  };
}

/** Names of the parts the drafter edits freely (the body and the appendices' blocks). */
export const FREE_PARTS: readonly string[] = ['body', 'appendix'];

/** Whether a node is a free part (body or appendix): its blocks take the body's editing. */
export function isFreePart(node: Node | null | undefined): boolean {
  return !!node && FREE_PARTS.includes(node.type.name);
}
