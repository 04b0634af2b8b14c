/** Operations on drafts that the registry and the app share: numbering a draft, reading its summary. */
import { schema } from '../model/schema';
import { partsOf } from '../model/parts';
import { fromIsoDate } from '../rules/date-line';
import { formatNumber } from '../rules/number';
import { formatRecipientLines } from '../rules/recipients';
import type { Draft } from './draft';
import { profileOfDraft } from './profile';
import { manualLines } from '../text/manual-breaks';

/** A copy of the draft whose header attributes are `change(attrs)` (the rest shared). */
export function withHeader(draft: Draft, change: (attrs: Record<string, unknown>) => Record<string, unknown>): Draft {
  const content = (draft.doc.content as { type: string; attrs?: Record<string, unknown> }[]).map((c) =>
    c.type === 'header' ? { ...c, attrs: change(c.attrs ?? {}) } : c);
  return { ...draft, doc: { ...draft.doc, content } };
}

/**
 * Returns a copy of the draft with the clerk's number and the issue date written into its header
 * (and the draft mark removed). Throws RangeError on a serial below 1 or an impossible date.
 */
export function setNumberAndDate(draft: Draft, serial: number, isoDate: string): Draft {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`Số văn bản không hợp lệ: ${serial}`);
  fromIsoDate(isoDate);
  return withHeader(draft, (a) => ({ ...a, serial, date: isoDate, draftMark: '' }));
}

/** What the registers need to know of a draft. */
export interface DraftInfo {
  typeCode: string;
  issuerCode: string;
  issuer: string;
  typeName: string;
  summary: string;
  signerName: string;
  signerTitle: string;
  recipients: string[];
  serial: number | null;
  number: string | null;
  date: string | null;
  secrecy: string;
  urgency: string;
}

/** Reads the register fields of a draft. */
export function draftInfo(draft: Draft): DraftInfo {
  const { header, title, signature, recipients } = partsOf(schema.nodeFromJSON(draft.doc));
  const { wording } = profileOfDraft(draft);
  const number = header.serial === null ? null
    : formatNumber({ serial: header.serial, typeCode: header.typeCode, issuerCode: header.issuerCode });
  return {
    typeCode: header.typeCode,
    issuerCode: header.issuerCode,
    issuer: header.issuer,
    // The registers keep one line: the drafter's manual breaks are layout only.
    typeName: manualLines(title.typeName).join(' '),
    summary: manualLines(title.summary).join(' '),
    signerName: signature.name,
    signerTitle: signature.title,
    recipients: formatRecipientLines(recipients, wording.recipientSeparator, wording.archivePrefix).map((l) => l.text),
    serial: header.serial,
    number,
    date: header.date,
    secrecy: header.secrecy,
    urgency: header.urgency,
  };
}
