/**
 * One data row of an imported register turned into what the registry writes: an outgoing number
 * with its details, or an incoming entry (from the incoming book or the follow-up book). A value
 * that cannot be read throws {@link RowProblem} naming its column; the registry's own refusals
 * (duplicate number, unknown issuer, date outside the term…) come later, when the row is written.
 */
import { MAX_SERIAL } from '../../../common/draft/limits';
import { checkDateInRange } from '../../../common/rules/date-line';
import { INCOMING_DONE, INCOMING_IN_PROGRESS, INCOMING_NEW } from '../../../common/rules/incoming-status';
import { padSerial, parseNumber } from '../../../common/rules/number';
import { SECRECY_LABELS, secrecyLevelOf, URGENCY_LABELS, URGENCY_LEVELS } from '../../../common/rules/secrecy-urgency';
import { foldVietnamese } from '../../../common/text/normalize';
import type { InInput, InStatus, OutDetails } from '../types';
import { cellAsText, cellToIsoDate, type RawCell } from './dates';
import { printedHeading, type ImportField } from './headings';
import type { SheetHeader } from './header';

/** Most copies (số lượng bản) one row may declare. */
export const MAX_COPIES = 9999;

/** A value of a row that cannot be imported: the field (its column) and why, in Vietnamese. */
export class RowProblem extends Error {
  /** The field whose column holds the value (undefined: the row as a whole). */
  readonly field: ImportField | undefined;
  constructor(field: ImportField | undefined, message: string) {
    super(message);
    this.name = 'RowProblem';
    this.field = field;
  }
}

/** An outgoing row ready to write: the number's parts, its details, and the reason when it was cancelled. */
export interface OutgoingCandidate {
  kind: 'out';
  number: string;
  serial: number;
  issuerCode: string;
  details: OutDetails & { date: string };
  /** Set when the row is a cancelled number ("Đã hủy: …" in Ghi chú and nothing else). */
  cancelReason?: string;
}

/** An incoming row ready to write, with its số đến when the sheet gives one. */
export interface IncomingCandidate {
  kind: 'in';
  input: InInput & { receivedDate: string };
  serial?: number;
}

/** A row ready to write. */
export type Candidate = OutgoingCandidate | IncomingCandidate;

/** Reads the cells of a data row by field. */
class RowReader {
  constructor(readonly header: SheetHeader, private readonly cells: RawCell[], private readonly date1904: boolean) {}

  raw(f: ImportField): RawCell {
    const c = this.header.columns[f];
    return c === undefined ? null : this.cells[c] ?? null;
  }

  text(f: ImportField): string {
    return cellAsText(this.raw(f)).trim();
  }

  label(f: ImportField): string {
    return this.header.labels[f] ?? printedHeading(this.header.kind, f);
  }

  /** An ISO date, '' when empty and optional; throws naming the column otherwise. */
  date(f: ImportField, required: boolean): string {
    const cell = this.raw(f);
    const shown = this.text(f);
    if (cell === null || shown === '') {
      if (required) throw new RowProblem(f, 'trống; cần ngày tháng (ví dụ 06/3/2021).');
      return '';
    }
    const iso = cellToIsoDate(cell, this.date1904);
    if (!iso) throw new RowProblem(f, `"${shown}" không đọc được là ngày tháng (cần dạng ngày/tháng/năm, ví dụ 06/3/2021).`);
    const outside = checkDateInRange(iso, this.label(f));
    if (outside) throw new RowProblem(f, outside);
    return iso;
  }

  /** A whole number within bounds, undefined when empty. */
  integer(f: ImportField, min: number, max: number): number | undefined {
    const shown = this.text(f);
    if (!shown) return undefined;
    const n = Number(shown);
    if (!/^\d+(\.0+)?$/.test(shown) || !Number.isInteger(n) || n < min || n > max) {
      throw new RowProblem(f, `"${shown}" phải là số nguyên từ ${min} đến ${max}.`);
    }
    return n;
  }
}

/** Splits "Mật, Hỏa tốc" (one column of the printed book) into độ mật and độ khẩn labels. */
function splitMarkings(text: string): { secrecy: string; urgency: string } | null {
  let secrecy = '';
  let urgency = '';
  for (const part of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const s = secrecyLevelOf(part);
    const u = URGENCY_LEVELS.find((l) => foldVietnamese(l) === foldVietnamese(part));
    if (s !== undefined && s !== '') secrecy = SECRECY_LABELS[s];
    else if (u !== undefined && u !== '') urgency = URGENCY_LABELS[u];
    else return null;
  }
  return { secrecy, urgency };
}

function markings(r: RowReader): { secrecy: string; urgency: string } {
  const both = r.text('secrecyUrgency');
  const split = both ? splitMarkings(both) : { secrecy: '', urgency: '' };
  if (!split) throw new RowProblem('secrecyUrgency', `"${both}" không phải độ mật (Mật, Tối mật, Tuyệt mật) hay độ khẩn (Khẩn, Thượng khẩn, Hỏa tốc).`);
  return { secrecy: r.text('secrecy') || split.secrecy, urgency: r.text('urgency') || split.urgency };
}

/** The number of an outgoing row: one column "04-NQ/TU", or "Số" (4 or "04") and "Ký hiệu" ("NQ/TU"). */
function outgoingNumber(r: RowReader): { text: string; field: ImportField } {
  const whole = r.text('number');
  if (whole || r.header.columns.number !== undefined) return { text: whole.replace(/^Số\s+/u, ''), field: 'number' };
  const serial = r.text('numberSerial');
  const symbol = r.text('numberSymbol').replace(/^[-\s]+/, '');
  if (!serial && !symbol) return { text: '', field: 'numberSerial' };
  const n = /^\d+$/.test(serial) ? padSerial(Number(serial)) : serial;
  return { text: symbol ? `${n}-${symbol}` : n, field: symbol ? 'numberSerial' : 'numberSymbol' };
}

const CANCELLED = /^Đã hủy(?::\s*(.*))?$/su;

function outgoing(r: RowReader): OutgoingCandidate {
  const num = outgoingNumber(r);
  if (!num.text) throw new RowProblem(num.field, 'trống; cần số, ký hiệu văn bản (ví dụ 04-NQ/TU).');
  const parsed = parseNumber(num.text);
  if (!parsed.ok) throw new RowProblem(num.field, parsed.message);
  const { serial, typeCode, issuerCode } = parsed.value;
  if (serial > MAX_SERIAL) throw new RowProblem(num.field, `số thứ tự ${serial} lớn hơn ${MAX_SERIAL}.`);
  const date = r.date('date', true);
  const copies = r.integer('copies', 0, MAX_COPIES) ?? null;
  const notes = r.text('notes');
  const summary = r.text('summary');
  const cancelled = !summary && !r.text('signer') ? CANCELLED.exec(notes) : null;
  const details = {
    typeCode, date, summary, signer: r.text('signer'),
    recipients: r.text('recipients').split(/\n|;/).map((s) => s.trim().replace(/^-\s*/, '').replace(/[,;.]$/, '').trim()).filter(Boolean),
    archiveHolder: r.text('archiveHolder'), copies, ...markings(r), notes: cancelled ? '' : notes,
  };
  return { kind: 'out', number: num.text, serial, issuerCode, details, cancelReason: cancelled ? (cancelled[1] ?? '').trim() : undefined };
}

/** The status an incoming row declares ("Đã xử lý ngày …", "đang xử lý"); "chưa xử lý" otherwise. */
function statusOf(text: string): InStatus {
  const f = foldVietnamese(text);
  return f.startsWith('da xu ly') || f.startsWith('da giai quyet') ? INCOMING_DONE : f.startsWith('dang') ? INCOMING_IN_PROGRESS : INCOMING_NEW;
}

const DOC_NUMBER = /^(Số\s+)?\d+[-/][\p{L}\d.-]+(\/[\p{L}\d.-]+)*$/u;

/** Splits the follow-up book's "Tác giả, số ký hiệu, trích yếu" cell ("Tỉnh ủy — 88-KL/TU — Kết luận …"). */
function splitDocument(text: string): { sender: string; senderNumber: string; summary: string } {
  const parts = text.split(' — ').map((s) => s.trim());
  if (parts.length >= 3 && DOC_NUMBER.test(parts[1])) return { sender: parts[0], senderNumber: parts[1], summary: parts.slice(2).join(' — ') };
  if (parts.length >= 2) return { sender: parts[0], senderNumber: '', summary: parts.slice(1).join(' — ') };
  return { sender: '', senderNumber: '', summary: text };
}

function incoming(r: RowReader, followUp: boolean): IncomingCandidate {
  const receivedDate = r.date('receivedDate', true);
  const serial = r.integer('serial', 1, MAX_SERIAL);
  const doc = followUp ? splitDocument(r.text('document')) : { sender: r.text('sender'), senderNumber: r.text('number'), summary: r.text('summary') };
  const textField: ImportField = followUp ? 'document' : 'sender';
  if (!doc.sender) throw new RowProblem(textField, followUp ? 'không tách được tác giả (ghi "Tác giả — số, ký hiệu — trích yếu").' : 'trống; cần cơ quan gửi.');
  if (!doc.summary) throw new RowProblem(followUp ? 'document' : 'summary', 'trống; cần trích yếu nội dung.');
  const input = {
    receivedDate, sender: doc.sender, senderNumber: doc.senderNumber || r.text('number'), docDate: r.date('date', false), summary: doc.summary,
    routedTo: r.text('routedTo'), deadline: r.date('deadline', false), fileRef: r.text('fileRef'), notes: r.text('notes'),
    ...markings(r), status: statusOf(r.text(followUp ? 'progress' : 'status')),
  };
  return { kind: 'in', input, serial };
}

/** Reads one data row of a sheet with headings `header`; throws RowProblem when a value cannot be read. */
export function candidateOf(header: SheetHeader, cells: RawCell[], date1904: boolean): Candidate {
  const r = new RowReader(header, cells, date1904);
  if (header.kind === 'out') return outgoing(r);
  return incoming(r, header.kind === 'follow-up');
}

/** The heading of a field's column as the file writes it (or as vanthu prints it when absent). */
export function columnLabel(header: SheetHeader, field: ImportField): string {
  return header.labels[field] ?? printedHeading(header.kind, field);
}
