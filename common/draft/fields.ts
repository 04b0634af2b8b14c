/**
 * Runtime schemas of the structured parts of a draft (header, title, signature, recipients), with
 * the Vietnamese name of every field for error messages. The JSON Schema in docs/ is generated
 * from these (see tests/common/draft/json-schema.test.ts).
 */
import * as z from 'zod';
import { AUTHORITIES } from '../model/nodes/closing';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../rules/secrecy-urgency';
import { ISO_DATE_FORM, dateRangeText, isDateInRange, parseDate } from '../rules/date-line';
import { FIELD_LIMITS as L, LIST_LIMITS, MAX_SERIAL } from './limits';

const isoDate = z.string().regex(ISO_DATE_FORM, 'phải ghi theo dạng năm-tháng-ngày, ví dụ 2021-03-06')
  .refine((s) => parseDate(s).ok, { message: 'không có trên lịch' })
  .refine((s) => !parseDate(s).ok || isDateInRange(s), { error: () => `nằm ngoài khoảng cho phép, ${dateRangeText()}` });
const text = (max: number) => z.string().max(max, `dài quá ${max} ký tự`);
const required = (max: number) => text(max).trim().min(1, 'chưa được điền');
const code = z.string().regex(/^[A-Za-zĐđ]{1,12}$/u, 'chỉ gồm chữ cái, không dấu cách');

/** Header attrs. */
export const headerFields = z.object({
  superior: text(L['header.superior']),
  issuer: required(L['header.issuer']),
  typeCode: code,
  issuerCode: code,
  serial: z.number().int('phải là số nguyên').min(1, 'bắt đầu từ 01').max(MAX_SERIAL).nullable(),
  place: required(L['header.place']),
  date: isoDate.nullable(),
  secrecy: z.enum(SECRECY_LEVELS),
  urgency: z.enum(URGENCY_LEVELS),
  circulation: text(L['header.circulation']),
  draftMark: text(L['header.draftMark']),
});

/** Title attrs. */
export const titleFields = z.object({
  layout: z.enum(['centered', 'letter']),
  typeName: text(L['title.typeName']),
  author: text(L['title.author']),
  summary: required(L['title.summary']),
  addressees: z.array(required(L['title.addressees'])).max(LIST_LIMITS['title.addressees']),
});

/** Signature attrs. */
export const signatureFields = z.object({
  authority: z.enum(AUTHORITIES),
  onBehalfOf: text(L['signature.onBehalfOf']),
  title: text(L['signature.title']),
  name: required(L['signature.name']),
});

/** Recipients attrs. */
export const recipientsFields = z.object({
  items: z.array(z.object({ lines: z.array(required(L['recipients.items'])).min(1).max(LIST_LIMITS['recipients.lines']), purpose: text(L['recipients.purpose']) })).max(LIST_LIMITS['recipients.items']),
  archive: required(L['recipients.archive']),
});

/** Vietnamese names of the fields, by "part.field". */
export const PART_FIELD_LABELS: Record<string, string> = {
  'header.superior': 'Tên cơ quan cấp trên',
  'header.issuer': 'Tên cơ quan ban hành',
  'header.typeCode': 'Ký hiệu tên loại văn bản',
  'header.issuerCode': 'Ký hiệu cơ quan ban hành',
  'header.serial': 'Số văn bản',
  'header.place': 'Địa danh',
  'header.date': 'Ngày tháng văn bản',
  'header.secrecy': 'Độ mật',
  'header.urgency': 'Độ khẩn',
  'header.circulation': 'Chỉ dẫn phạm vi lưu hành',
  'header.draftMark': 'Chỉ dẫn dự thảo',
  'title.layout': 'Kiểu trình bày tên loại',
  'title.typeName': 'Tên loại văn bản',
  'title.author': 'Dòng tác giả',
  'title.summary': 'Trích yếu nội dung',
  'title.addressees': 'Kính gửi',
  'signature.authority': 'Quyền hạn ký (T/M, K/T, T/L; T/U, Q. khi cơ quan bật)',
  'signature.onBehalfOf': 'Tập thể hoặc người được ký thay',
  'signature.title': 'Chức vụ người ký',
  'signature.name': 'Họ tên người ký',
  'recipients.items': 'Nơi nhận',
  'recipients.archive': 'Nơi lưu (dòng "Lưu")',
};

/**
 * Turns the first zod issue of a part into a Vietnamese sentence naming the field. The parse runs
 * with the contract's error map (common/api/issue-text.ts), so a wrong type reads "phải là số".
 */
export function describePartIssue(partName: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const key = `${partName}.${String(issue.path[0] ?? '')}`;
  const label = PART_FIELD_LABELS[key] ?? key;
  const english = /^(Invalid|Too |Expected|Unrecognized|Number must)/.test(issue.message);
  return `${label} (${key}) ${english ? 'có giá trị không hợp lệ' : issue.message.replace(/\.$/, '')}.`;
}
