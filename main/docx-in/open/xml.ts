/**
 * Parsing one XML part of a Word package safely: UTF-8 decoded strictly, any DOCTYPE or entity
 * declaration refused before parsing (a Word part never has one, and it is how entity expansion
 * attacks start), then @xmldom/xmldom with every error fatal.
 */
import { DOMParser } from '@xmldom/xmldom';
import { refusal } from './messages';

/** The DOM document xmldom gives (its own type, close to the DOM's). */
export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

const DTD = /<!DOCTYPE|<!ENTITY/i;

/** Parses the bytes of part `part` of file `label`; a UserError on bad UTF-8, a DTD or malformed XML. */
export function parseXmlPart(bytes: Uint8Array, part: string, label: string): XmlDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refusal.badXml(label, part, 'không phải UTF-8');
  }
  if (DTD.test(text)) throw refusal.dtd(label, part);
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw refusal.badXml(label, part, String(message).split('\n')[0].slice(0, 120));
    },
  });
  try {
    return parser.parseFromString(text, 'application/xml');
  } catch (e) {
    if (e instanceof Error && e.name === 'UserError') throw e;
    throw refusal.badXml(label, part, String((e as Error)?.message ?? e).split('\n')[0].slice(0, 120));
  }
}
