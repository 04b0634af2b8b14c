/**
 * Contract of the clerk's desk (issue 6): fast incoming registration, routing and deadlines, the
 * outgoing register with reservations and cancellations, search, printing, reports, care. The
 * operations live under the `registry.` prefix (registered with the registry domain).
 */
import * as z from 'zod';
import type {
  AddressRow, DeskHit, DeskInRow, DeskOutRow, DeskPage, DeskStats, DuplicateRow, Queues, RouteRow,
} from './desk-types';
import { INCOMING_STATUSES } from '../../rules/incoming-status';
import { OUTGOING_STATUSES } from '../../rules/outgoing-status';
import { empty, fileRef, isoDate, line, offset, optLine, text, year } from '../fields';
import { op } from '../op';
import { deskCareOps } from './desk-care';
import { registerImportOps } from './register-import';

export type * from './desk-types';
export type { DeskBook, DeskAuditRow } from './desk-care';

const rowId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const pageLimit = z.number().int().min(1).max(500).default(200);
const inStatus = z.enum(INCOMING_STATUSES);
const outStatus = z.enum(OUTGOING_STATUSES);
const reason = z.string().trim().min(3).max(500);

/** Everything the desk shows about one incoming entry. */
export interface InDetail {
  row: DeskInRow;
  attachments: { id: number; name: string; file: string; size: number; pdf: boolean }[];
  routes: RouteRow[];
  stamp: string[];
  duplicates: DuplicateRow[];
}

/** Everything the desk shows about one outgoing entry, with the stored file's check. */
export interface OutDetail {
  row: DeskOutRow;
  bookName: string;
  termName: string;
  recipients: string[];
  notes: string;
  file: string | null;
  sha256: string | null;
  check: { ok: boolean; message: string; actual: string | null };
}

/** A file produced for the user (download / save as), with an optional warning. */
export interface Produced { file: string; name: string; warning: string | null }

/** A millimetre position on a page (A3 at most), and a stamp side (25–120 mm, main/stamp/size.ts). */
const stampMm = z.number().min(0).max(420);
const stampSide = z.number().min(25).max(120);

/** The stamped copy of a PDF attachment, with where the stamp was put and its size. */
export interface StampedCopy extends Produced { place: { xMm: number; yMm: number }; size: { widthMm: number; heightMm: number } }

/** Page 1 of a PDF attachment as an image, with the stamp's place (the clerk's or found automatically) and size. */
export interface StampPreview {
  /** PNG of the page ('' without pdftoppm: the text boxes are drawn instead). */
  image: string; pageWidthMm: number; pageHeightMm: number;
  /** The page's text boxes in mm from the top-left corner. */
  boxes: { x: number; y: number; w: number; h: number }[];
  place: { xMm: number; yMm: number }; size: { widthMm: number; heightMm: number };
  /** true: found on the page's free space; false: where the clerk dragged it. */
  auto: boolean;
  /** Where the stamp's size comes from (shown). */
  sizeSource: string;
  /** The stamp covers text at this place (a dragged place), or no free area was found. */
  warning: string | null;
}

/** Operations of the desk. */
export const deskOps = {
  'registry.deskToday': op<{ today: string }>()({ input: empty, label: 'Đọc ngày hôm nay' }),
  'registry.deskIncoming': op<DeskPage<DeskInRow>>()({
    input: z.strictObject({ offset, limit: pageLimit, status: inStatus.optional(), from: isoDate.optional(), to: isoDate.optional() }),
    label: 'Đọc sổ văn bản đến',
  }),
  'registry.deskOutgoing': op<DeskPage<DeskOutRow>>()({
    input: z.strictObject({ offset, limit: pageLimit, bookId: rowId.optional(), termId: rowId.optional(), status: outStatus.optional() }),
    label: 'Đọc sổ văn bản đi',
  }),
  'registry.deskRegisterIncoming': op<InDetail>()({
    input: z.strictObject({
      receivedDate: isoDate, sender: line, senderNumber: optLine, docDate: isoDate.optional(), typeName: optLine,
      summary: z.string().trim().min(1).max(2000), secrecy: optLine, urgency: optLine, notes: text, complaint: z.boolean().default(false),
      unit: optLine, person: optLine, deadline: isoDate.optional(), attachments: z.array(fileRef).max(5).default([]),
      /** Original names of the attachments (uploads are stored under generated names). */
      attachmentNames: z.array(z.string().trim().max(200)).max(5).default([]),
    }),
    label: 'Vào sổ văn bản đến',
    paths: ['attachments'],
  }),
  'registry.deskIncomingDetail': op<InDetail>()({ input: z.strictObject({ id: rowId }), label: 'Mở văn bản đến' }),
  'registry.deskSenders': op<AddressRow[]>()({
    input: z.strictObject({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(50).default(8) }),
    label: 'Gợi ý cơ quan gửi',
  }),
  'registry.deskDuplicates': op<DuplicateRow[]>()({
    input: z.strictObject({ senderNumber: z.string().trim().max(200), docDate: z.union([isoDate, z.literal('')]).default('') }),
    label: 'Kiểm tra văn bản trùng',
  }),
  'registry.deskRoute': op<InDetail>()({
    input: z.strictObject({ id: rowId, unit: optLine, person: optLine, deadline: isoDate.optional(), note: text }),
    label: 'Chuyển văn bản',
  }),
  'registry.deskStatus': op<InDetail>()({ input: z.strictObject({ id: rowId, status: inStatus }), label: 'Đổi trạng thái xử lý' }),
  'registry.deskStampPdf': op<StampedCopy>()({
    input: z.strictObject({ id: rowId, attachmentId: rowId }), label: 'Đóng dấu đến lên bản PDF',
  }),
  'registry.deskStampPreview': op<StampPreview>()({
    input: z.strictObject({ id: rowId, attachmentId: rowId }), label: 'Xem trước dấu đến',
  }),
  'registry.deskStampPlace': op<StampPreview>()({
    input: z.strictObject({ id: rowId, attachmentId: rowId, place: z.strictObject({ xMm: stampMm, yMm: stampMm }).nullable() }),
    label: 'Đặt chỗ dấu đến',
  }),
  'registry.deskStampSize': op<StampPreview>()({
    input: z.strictObject({ id: rowId, attachmentId: rowId, size: z.strictObject({ widthMm: stampSide, heightMm: stampSide }).nullable() }),
    label: 'Đổi cỡ dấu đến',
  }),
  'registry.deskQueues': op<Queues>()({
    input: z.strictObject({ soonDays: z.number().int().min(0).max(60).default(3), unit: optLine, person: optLine }),
    label: 'Đọc hạn xử lý',
  }),
  'registry.deskReserve': op<DeskOutRow>()({
    input: z.strictObject({ bookId: rowId, typeCode: z.string().trim().min(1).max(12), date: isoDate.optional(), summary: text, notes: text }),
    label: 'Giữ số văn bản đi',
  }),
  'registry.deskCancel': op<DeskOutRow>()({ input: z.strictObject({ id: rowId, reason }), label: 'Hủy số văn bản đi' }),
  'registry.deskRelease': op<{ returned: boolean }>()({ input: z.strictObject({ id: rowId, reason }), label: 'Trả số đang giữ' }),
  'registry.deskOutgoingDetail': op<OutDetail>()({ input: z.strictObject({ id: rowId }), label: 'Mở văn bản đi' }),
  'registry.deskSearch': op<{ hits: DeskHit[]; words: string[] }>()({
    input: z.strictObject({
      text: z.string().max(200).default(''), register: z.enum(['all', 'in', 'out', 'draft']).default('all'),
      typeCode: optLine, sender: optLine, from: isoDate.optional(), to: isoDate.optional(), status: optLine,
      limit: z.number().int().min(1).max(500).default(100),
    }),
    label: 'Tìm kiếm',
  }),
  'registry.deskPrint': op<Produced>()({
    input: z.strictObject({
      kind: z.enum(['in', 'out', 'follow-up']), from: isoDate, to: isoDate, format: z.enum(['docx', 'xlsx', 'pdf']),
    }),
    label: 'In sổ',
  }),
  'registry.deskPrintPreview': op<{ title: string; period: string; columns: string[]; widths: number[]; rows: string[][]; pages: string[]; warning: string | null }>()({
    input: z.strictObject({ kind: z.enum(['in', 'out', 'follow-up']), from: isoDate, to: isoDate, render: z.boolean().default(false) }),
    label: 'Xem trước sổ',
  }),
  'registry.deskStats': op<DeskStats>()({ input: z.strictObject({ year }), label: 'Thống kê' }),
  'registry.deskStatsExport': op<Produced>()({ input: z.strictObject({ year }), label: 'Xuất báo cáo' }),
  ...deskCareOps,
  ...registerImportOps,
};
