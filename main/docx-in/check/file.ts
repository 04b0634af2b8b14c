/**
 * From a Word file to the check's result: open it safely (main/docx-in/open: bounded size, no
 * macros run, nothing fetched; a bad file is a UserError in Vietnamese), read it into the neutral
 * model (main/docx-in/read), recognise the Party parts (main/docx-in/recognise), then check.
 */
import type { WordCheckResult } from '../../../common/api/domains/word';
import { openDocxBytes, withDocxFile, type DocxPackage } from '../open/package';
import { readWordDocument } from '../read';
import type { WordDocument } from '../read/types';
import { recogniseWord } from '../recognise';
import type { RecognisedDocument } from '../recognise/types';
import { checkWordFile, type OrgContext } from './index';
import { checkResult } from './result';
import path from 'node:path';

/** A read and recognised Word file. */
export interface ReadWord {
  word: WordDocument;
  rec: RecognisedDocument;
}

function readPackage(pkg: DocxPackage): ReadWord {
  const word = readWordDocument(pkg);
  return { word, rec: recogniseWord(word) };
}

/** Reads and recognises DOCX bytes; `name` is the file's name for messages. */
export function readWordForCheck(bytes: Uint8Array, name: string): ReadWord {
  return readPackage(openDocxBytes(bytes, name));
}

/** Recognises DOCX bytes into a draft with its import report ("Mở tệp Word"). */
export function recogniseDocxBytes(bytes: Uint8Array, name: string): RecognisedDocument {
  return readWordForCheck(bytes, name).rec;
}

/** Checks DOCX bytes. */
export function checkDocxBytes(bytes: Uint8Array, name: string, org: OrgContext = {}): WordCheckResult {
  const { word, rec } = readWordForCheck(bytes, name);
  return checkResult(name, checkWordFile(word, rec, org), rec);
}

/** Checks a DOCX file on disk (its size is checked before it is read). */
export function checkDocxFile(file: string, org: OrgContext = {}): WordCheckResult {
  const { word, rec } = withDocxFile(file, readPackage);
  return checkResult(path.basename(file), checkWordFile(word, rec, org), rec);
}
