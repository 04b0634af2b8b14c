/** Contract of the desk's settings and care: books, terms, address book, audit log with verification. */
import { z } from 'zod';
import type { AddressRow } from './desk-types';
import { empty, isoDate, line } from '../fields';
import { op } from '../op';

const rowId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** An outgoing book with its terms. */
export interface DeskBook {
  id: number; issuerCode: string; name: string; closed: boolean;
  terms: { id: number; name: string; startDate: string; endDate: string | null }[];
}

/** One audit event as the viewer shows it. */
export interface DeskAuditRow { id: number; at: string; user: string; action: string; entity: string; entityId: string; summary: string }

/** Operations of the desk's settings and care. */
export const deskCareOps = {
  'registry.deskBooks': op<DeskBook[]>()({ input: empty, label: 'Đọc sổ văn bản đi' }),
  'registry.deskCreateBook': op<DeskBook>()({
    input: z.strictObject({ issuerCode: z.string().trim().min(1).max(12), name: line }), label: 'Tạo sổ văn bản đi',
  }),
  'registry.deskOpenTerm': op<DeskBook>()({
    input: z.strictObject({ bookId: rowId, name: line, start: isoDate }), label: 'Mở nhiệm kỳ',
  }),
  'registry.deskCloseTerm': op<DeskBook>()({
    input: z.strictObject({ bookId: rowId, end: isoDate }), label: 'Kết thúc nhiệm kỳ',
  }),
  'registry.deskAddresses': op<AddressRow[]>()({ input: empty, label: 'Đọc sổ địa chỉ' }),
  'registry.deskAddressSave': op<AddressRow>()({ input: z.strictObject({ name: line }), label: 'Thêm cơ quan gửi' }),
  'registry.deskAddressRemove': op<{ removed: boolean }>()({ input: z.strictObject({ id: rowId }), label: 'Xóa cơ quan gửi' }),
  'registry.deskAudit': op<{ events: DeskAuditRow[]; verdict: { ok: boolean; count: number; message: string } }>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }), label: 'Nhật ký thao tác',
  }),
};
