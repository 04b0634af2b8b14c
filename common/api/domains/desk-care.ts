/** Contract of the desk's settings and care: books, terms, address book, audit log with verification. */
import * as z from 'zod';
import type { AddressRow } from './desk-types';
import { FIELD_LIMITS, LIST_LIMITS } from '../../draft/limits';
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

/**
 * The last full integrity check of the register file (run in the background after it opened):
 * 'pending' until the first one ends, 'problem' when the file is damaged (`problems`: SQLite's lines).
 */
export interface DeskIntegrity { state: 'pending' | 'ok' | 'problem' | 'error'; problems: string[]; checkedAt: string | null }

/**
 * Why the last automatic backup of the register failed (a full or read-only disk…), in Vietnamese,
 * and when (ISO); both null when none failed since the register opened, or one succeeded since.
 */
export interface DeskBackupProblem { message: string | null; at: string | null }

/** Where a Nơi nhận line of the address book came from. */
export type RecipientSource = 'org' | 'register' | 'user';

/** One Nơi nhận line of the address book ("Các ban xây dựng Đảng của Tỉnh ủy"), without "- " and ",". */
export interface RecipientEntry { id: number; text: string; uses: number; source: RecipientSource }

/** A named group of Nơi nhận lines, printed bracketed with its purpose when it has one. */
export interface RecipientGroup { id: number; name: string; purpose: string; members: { id: number; text: string }[] }

/** A reference to a group or a single line, as listed in a type's default Nơi nhận. */
export type RecipientRef = { group: number } | { entry: number };

/** The whole Nơi nhận address book: lines, groups, and per document type id its default Nơi nhận. */
export interface RecipientBook { entries: RecipientEntry[]; groups: RecipientGroup[]; defaults: Record<string, RecipientRef[]> }

/** A Nơi nhận line as the draft accepts it (FIELD_LIMITS). */
const recipientLine = z.string().trim().min(1).max(FIELD_LIMITS['recipients.items']);
const recipientRef = z.union([z.strictObject({ group: rowId }), z.strictObject({ entry: rowId })]);

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
  'registry.deskRecipientBook': op<RecipientBook>()({ input: empty, label: 'Đọc sổ nơi nhận' }),
  'registry.deskRecipientSave': op<RecipientEntry>()({
    input: z.strictObject({ id: rowId.optional(), recipient: recipientLine }), label: 'Lưu nơi nhận',
  }),
  'registry.deskRecipientRemove': op<{ removed: boolean }>()({ input: z.strictObject({ id: rowId }), label: 'Xóa nơi nhận' }),
  'registry.deskRecipientGroupSave': op<RecipientGroup>()({
    input: z.strictObject({ id: rowId.optional(), groupName: line, purpose: z.string().trim().max(FIELD_LIMITS['recipients.purpose']).default(''),
      lines: z.array(recipientLine).max(LIST_LIMITS['recipients.lines']) }),
    label: 'Lưu nhóm nơi nhận',
  }),
  'registry.deskRecipientGroupRemove': op<{ removed: boolean }>()({ input: z.strictObject({ id: rowId }), label: 'Xóa nhóm nơi nhận' }),
  'registry.deskRecipientDefaults': op<RecipientBook>()({
    input: z.strictObject({ typeId: z.string().regex(/^[a-z-]{1,40}$/), items: z.array(recipientRef).max(LIST_LIMITS['recipients.items']) }),
    label: 'Đặt nơi nhận mặc định',
  }),
  'registry.deskAudit': op<{ events: DeskAuditRow[]; verdict: { ok: boolean; count: number; message: string } }>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }), label: 'Nhật ký thao tác',
  }),
  'registry.deskIntegrity': op<DeskIntegrity>()({ input: empty, label: 'Kiểm tra toàn vẹn sổ đăng ký' }),
  'registry.deskBackupProblem': op<DeskBackupProblem>()({ input: empty, label: 'Đọc tình trạng sao lưu tự động' }),
};
