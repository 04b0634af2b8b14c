/**
 * Contract of Word files coming in (issue #15): open a DOCX as a new draft ("Mở tệp Word"), check
 * the format of a DOCX ("Kiểm tra thể thức tệp Word"), and check an incoming DOCX attached at the
 * desk and read its number, date, issuer and summary for the incoming form. The window sends the
 * file's bytes (base64, at most WORD_LIMITS.docxBytes); the desk names an uploaded attachment.
 */
import * as z from 'zod';
import { PART_LABELS } from '../../rules/part-names';
import { fileName, fileRef } from '../fields';
import { op } from '../op';
import type { DraftRecord } from './drafts';

/** Size limits of Word files sent by the window. */
export const WORD_LIMITS = {
  /** A DOCX sent as bytes (base64 in the request; the local host's request limit is 4,000,000 bytes). */
  docxBytes: 2_500_000,
} as const;

/** Base64 characters of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** The Vietnamese refusal of a Word file over the limit (the window shows it before sending, main after). */
export function tooLargeMessage(size?: number): string {
  const mb = (n: number) => (n / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  const has = size === undefined ? '' : ` (tệp có ${mb(size)} MB)`;
  return `Tệp Word lớn quá ${mb(WORD_LIMITS.docxBytes)} MB${has}; hãy bỏ bớt hình ảnh hoặc lưu lại bằng Word rồi thử lại`;
}

/** The parts a finding of the file check points to: the parts of the live check, and the page setup. */
export type WordPart = 'page' | 'header' | 'title' | 'body' | 'signature' | 'recipients' | 'appendix';

/** Vietnamese names of the parts, as the CLI and the screens print them. */
export const WORD_PART_LABELS: Record<WordPart, string> = {
  page: 'Trang', ...PART_LABELS,
};

/** One finding of the check of a Word file. */
export interface WordFinding {
  /** Stable code ("page-margin", "bold", or a code of the live check such as "signer-missing"). */
  code: string;
  severity: 'error' | 'warning';
  part: WordPart;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** What the rule wants, in Vietnamese (empty when the message says it). */
  wants: string;
  /** 1-based paragraph of the Word file it was found in, when it has one. */
  source?: number;
}

/** What the incoming form can take from a recognised document. */
export interface WordIncomingFields {
  /** "88-CV/VPTW" (without "Số"), empty when not found. */
  senderNumber: string;
  /** ISO date, null when not found. */
  docDate: string | null;
  /** The issuing body as printed ("TỈNH ỦY NINH BÌNH"). */
  sender: string;
  summary: string;
  /** The type name as the incoming form lists it ("Nghị quyết", "Công văn"). */
  typeName: string;
}

/** The result of checking a Word file. */
export interface WordCheckResult {
  /** The file's name as given. */
  name: string;
  /** Name of the layout profile of the document's date. */
  profile: string;
  findings: WordFinding[];
  errors: number;
  warnings: number;
  fields: WordIncomingFields;
}

/** One line of the import report (main/docx-in/recognise). */
export interface WordReportLine {
  kind: 'normalised' | 'attention' | 'unplaced';
  message: string;
  /** Where, in Vietnamese ("Nội dung, đoạn 3 · đoạn 12 của tệp Word"). */
  place: string;
}

/** A Word file opened as a new draft, with its import report. */
export interface WordOpened {
  record: DraftRecord;
  report: WordReportLine[];
}

/** A Word file's bytes as the window sends them. */
const docxBase64 = z.string()
  .max(base64Length(WORD_LIMITS.docxBytes), tooLargeMessage())
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'không phải nội dung tệp hợp lệ');

const wordFile = z.strictObject({
  name: fileName,
  /** The file's bytes, base64. */
  file: docxBase64,
});

/** Operations on Word files. */
export const wordOps = {
  'drafts.openWord': op<WordOpened>()({ input: wordFile, label: 'Mở tệp Word' }),
  'drafts.checkWord': op<WordCheckResult>()({ input: wordFile, label: 'Kiểm tra thể thức tệp Word' }),
  /** An incoming DOCX uploaded at the desk (an attachment under uploads/). */
  'registry.deskCheckWord': op<WordCheckResult>()({
    input: z.strictObject({ file: fileRef, name: fileName }),
    label: 'Đọc tệp Word đến',
    paths: ['file'],
  }),
};
