/**
 * The result of checking a Word file as the API, the desk and `vanthu check --json` give it: the
 * findings with their counts, the profile's name, and what the incoming form can take from the
 * recognised document (number, date, issuer, type, summary).
 */
import type { WordCheckResult, WordFinding, WordIncomingFields } from '../../../common/api/domains/word';
import { draftInfo } from '../../../common/draft/draft';
import { findDocType } from '../../../common/rules/doc-types';
import type { RecognisedDocument } from '../recognise/types';
import type { FileCheck } from './index';

/** The incoming form's fields read from a recognised document (empty strings when not found). */
export function incomingFields(rec: RecognisedDocument): WordIncomingFields {
  try {
    const info = draftInfo(rec.draft);
    const number = info.number ?? '';
    return {
      senderNumber: number,
      docDate: info.date,
      sender: info.issuer.trim(),
      summary: info.summary.trim(),
      typeName: findDocType(rec.typeId)?.name ?? '',
    };
  } catch {
    return { senderNumber: '', docDate: null, sender: '', summary: '', typeName: '' };
  }
}

/** Builds the result of a check. */
export function checkResult(name: string, check: FileCheck, rec: RecognisedDocument): WordCheckResult {
  const count = (s: WordFinding['severity']) => check.findings.filter((f) => f.severity === s).length;
  return { name, profile: check.profile.name, findings: check.findings, errors: count('error'), warnings: count('warning'), fields: incomingFields(rec) };
}
