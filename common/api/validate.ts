/**
 * Applies an operation's request schema to a payload and turns every problem into one Vietnamese
 * message naming the field, e.g. `Trường "organisation.name": bắt buộc phải nhập.`
 */
import type { z } from 'zod';
import { UserError } from './errors';
import { labelOf } from './labels';
import { OPERATIONS, isOpName, type OpInput, type OpName } from './operations';

/** Vietnamese wording of one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const named = labelOf(issue.path);
  const index = issue.path.find((p) => typeof p === 'number');
  const field = named
    ? `${named.label}${typeof index === 'number' ? ` (dòng ${index + 1})` : ''}`
    : issue.path.length ? `Trường "${issue.path.join('.')}"` : 'Yêu cầu';
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return `${field}: bắt buộc phải nhập.`;
      return `${field}: sai kiểu dữ liệu (cần ${typeName(String(i.expected))}).`;
    case 'too_big':
      return i.origin === 'string'
        ? `${field}: quá dài (tối đa ${i.maximum} ký tự).`
        : i.origin === 'array'
          ? `${field}: quá nhiều mục (tối đa ${i.maximum}).`
          : `${field}: giá trị quá lớn (tối đa ${i.maximum}).`;
    case 'too_small':
      return i.origin === 'string'
        ? Number(i.minimum) <= 1
          ? `${field}: bắt buộc phải nhập.`
          : `${field}: quá ngắn (tối thiểu ${i.minimum} ký tự).`
        : i.origin === 'array'
          ? `${field}: cần ít nhất ${i.minimum} mục.`
          : `${field}: giá trị quá nhỏ (tối thiểu ${i.minimum}).`;
    case 'unrecognized_keys':
      return `${field}: có trường không được phép (${(i.keys as string[]).join(', ')}).`;
    case 'invalid_value':
      return `${field}: giá trị không nằm trong danh sách cho phép.`;
    case 'invalid_format':
      if (i.format === 'date') return `${field}: chưa nhập hoặc không phải ngày hợp lệ.`;
      return `${field}: không đúng định dạng${named?.format ? ` (${named.format})` : ''}.`;
    default:
      return `${field}: ${issue.message && !/^Invalid/.test(issue.message) ? issue.message : 'không hợp lệ'}.`;
  }
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi ký tự', number: 'số', boolean: 'đúng/sai', object: 'đối tượng', array: 'danh sách', int: 'số nguyên',
  };
  return names[t] ?? t;
}

/** Validates `payload` for operation `name`; throws a UserError with a Vietnamese message. */
export function validateInput<N extends OpName>(name: N, payload: unknown): OpInput<N> {
  if (!isOpName(name)) throw new UserError('unknown-operation', `Thao tác "${String(name)}" không tồn tại.`);
  const schema = OPERATIONS[name].input as z.ZodType;
  const r = schema.safeParse(payload === undefined ? {} : payload);
  if (r.success) return r.data as OpInput<N>;
  const lines = r.error.issues.slice(0, 5).map(describeIssue);
  throw new UserError('invalid-input', `Dữ liệu không hợp lệ. ${lines.join(' ')}`);
}
