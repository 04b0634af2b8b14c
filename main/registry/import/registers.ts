/**
 * Import of registers kept in Excel (.xlsx or .csv): the columns are recognised by their Vietnamese
 * headings; a sheet with a "Số đến" column is an incoming register, otherwise an outgoing one. Each
 * row is taken or refused on its own (its own transaction), with a Vietnamese reason per row.
 */
import { MAX_SERIAL } from '../../../common/draft/limits';
import { checkDateInRange } from '../../../common/rules/date-line';
import { parseNumber } from '../../../common/rules/number';
import { foldVietnamese } from '../../../common/text/normalize';
import { findOutBook, getOutBook } from '../outgoing/books';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { addIncoming } from '../incoming/incoming';
import { readSheet, toIsoDate } from './read';
import { importNumber } from '../outgoing/outgoing';
import type { ImportReport } from '../types';

type Fields = Record<string, string[]>;
const OUT_FIELDS: Fields = {
  number: ['so, ky hieu', 'so va ky hieu', 'so ky hieu', 'so hieu'], date: ['ngay thang', 'ngay van ban', 'ngay'],
  summary: ['trich yeu'], signer: ['nguoi ky'], recipients: ['noi nhan'], archiveHolder: ['ban luu'], copies: ['so luong'],
  secrecy: ['do mat'], urgency: ['do khan'], notes: ['ghi chu'],
};
const IN_FIELDS: Fields = {
  serial: ['so den'], receivedDate: ['ngay den'], sender: ['tac gia', 'co quan gui', 'noi gui', 'co quan ban hanh'],
  senderNumber: ['so, ky hieu', 'so va ky hieu', 'so ky hieu'], docDate: ['ngay thang', 'ngay van ban'], summary: ['trich yeu'],
  routedTo: ['don vi hoac nguoi nhan', 'chuyen', 'nguoi nhan', 'don vi nhan'], deadline: ['han giai quyet', 'han xu ly'],
  fileRef: ['luu ho so', 'ho so so'], status: ['trang thai', 'tinh trang'], secrecy: ['do mat'], urgency: ['do khan'], notes: ['ghi chu'],
};

/** Maps each field to the index of its column (first heading containing one of its keywords). */
export function mapColumns(header: string[], fields: Fields): Record<string, number> {
  const folded = header.map((h) => foldVietnamese(h).replace(/\s+/g, ' ').trim());
  const used = new Set<number>();
  const map: Record<string, number> = {};
  for (const [field, keys] of Object.entries(fields)) {
    const i = folded.findIndex((h, idx) => !used.has(idx) && keys.some((k) => h.includes(k)));
    if (i >= 0) { map[field] = i; used.add(i); }
  }
  return map;
}

/** Imports a register file; `bookId` restricts outgoing rows to one book. */
export async function importFile(ctx: Ctx, file: string, opts: { bookId?: number } = {}): Promise<ImportReport> {
  const sheet = await readSheet(file);
  const incoming = sheet.header.some((h) => foldVietnamese(h).includes('so den'));
  const cols = mapColumns(sheet.header, incoming ? IN_FIELDS : OUT_FIELDS);
  const report: ImportReport = { register: incoming ? 'in' : 'out', taken: [], refused: [] };
  const need = incoming ? ['receivedDate', 'sender', 'summary'] : ['number', 'date'];
  const missing = need.filter((f) => cols[f] === undefined);
  if (missing.length) throw new RegistryError('invalid', `Tệp thiếu cột bắt buộc: ${missing.join(', ')} (tiêu đề cột không nhận ra).`);
  const fixedBook = opts.bookId !== undefined ? getOutBook(ctx, opts.bookId) : undefined;
  for (const { row, cells } of sheet.rows) {
    const get = (f: string): string => (cols[f] === undefined ? '' : cells[cols[f]] ?? '');
    try {
      report.taken.push({ row, number: incoming ? takeIncoming(ctx, get) : takeOutgoing(ctx, get, fixedBook?.id) });
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e;
      report.refused.push({ row, reason: e.message });
    }
  }
  return report;
}

/** Most copies (số lượng bản) one row may declare. */
const MAX_COPIES = 9999;

function dateOf(text: string, what: string, required: boolean): string {
  if (!text && !required) return '';
  const iso = toIsoDate(text);
  if (!iso) throw new RegistryError('invalid', text ? `${what} "${text}" không phải ngày hợp lệ.` : `Thiếu ${what.toLowerCase()}.`);
  const outside = checkDateInRange(iso, what);
  if (outside) throw new RegistryError('invalid', outside);
  return iso;
}

function takeOutgoing(ctx: Ctx, get: (f: string) => string, bookId?: number): string {
  const parsed = parseNumber(get('number'));
  if (!parsed.ok) throw new RegistryError('invalid', parsed.message);
  const { serial, typeCode, issuerCode } = parsed.value;
  if (serial > MAX_SERIAL) throw new RegistryError('invalid', `Số ${get('number')}: số văn bản không được lớn hơn ${MAX_SERIAL}.`);
  const book = bookId !== undefined ? getOutBook(ctx, bookId) : findOutBook(ctx, issuerCode);
  if (!book) throw new RegistryError('invalid', `Chưa có sổ văn bản đi cho cơ quan ký hiệu "${issuerCode}".`);
  if (book.issuerCode !== issuerCode) throw new RegistryError('invalid', `Số ${get('number')} không thuộc sổ "${book.name}" (${book.issuerCode}).`);
  const copies = get('copies') ? Number(get('copies')) : null;
  if (copies !== null && !(Number.isInteger(copies) && copies >= 0 && copies <= MAX_COPIES)) {
    throw new RegistryError('invalid', `Số lượng bản "${get('copies')}" phải là số nguyên từ 0 đến ${MAX_COPIES}.`);
  }
  const entry = importNumber(ctx, book.id, {
    typeCode, date: dateOf(get('date'), 'Ngày văn bản', true), summary: get('summary'), signer: get('signer'),
    recipients: get('recipients').split(/\r?\n|;/).map((s) => s.trim()).filter(Boolean), archiveHolder: get('archiveHolder'),
    copies, secrecy: get('secrecy'), urgency: get('urgency'), notes: get('notes'),
  }, serial);
  return entry.number;
}

function takeIncoming(ctx: Ctx, get: (f: string) => string): string {
  const serialText = get('serial');
  const serial = serialText ? Number(serialText) : undefined;
  if (serial !== undefined && !(Number.isInteger(serial) && serial >= 1 && serial <= MAX_SERIAL)) {
    throw new RegistryError('invalid', `Số đến "${serialText}" phải là số nguyên từ 1 đến ${MAX_SERIAL}.`);
  }
  const status = foldVietnamese(get('status'));
  const entry = addIncoming(ctx, {
    receivedDate: dateOf(get('receivedDate'), 'Ngày đến', true), sender: get('sender'), senderNumber: get('senderNumber'),
    docDate: dateOf(get('docDate'), 'Ngày văn bản', false), summary: get('summary'), routedTo: get('routedTo'),
    deadline: dateOf(get('deadline'), 'Hạn giải quyết', false), fileRef: get('fileRef'), notes: get('notes'),
    secrecy: get('secrecy'), urgency: get('urgency'),
    status: status.startsWith('da xu') ? 'đã xử lý' : status.startsWith('dang') ? 'đang xử lý' : 'chưa xử lý',
  }, [], serial);
  return String(entry.serial);
}
