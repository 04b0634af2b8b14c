/**
 * The Vietnamese wording of what is wrong with one value (the field's name is added by
 * validate.ts): missing, wrong type ("phải là số"), too big or small, not one of the allowed values.
 * Used as zod's error map for the whole contract, so zod's English never reaches a clerk.
 */
import type * as z from 'zod';
import { ISO_DATE_FORM, isoAsTyped } from '../rules/date-line';

/** What a value of each zod type is called in a message ("phải là số"). */
const TYPE_WORDS: Record<string, string> = {
  string: 'phải là chuỗi ký tự',
  number: 'phải là số',
  int: 'phải là số nguyên',
  bigint: 'phải là số nguyên',
  boolean: 'phải là đúng hoặc sai (true/false)',
  array: 'phải là danh sách',
  object: 'phải là một nhóm thông tin (đối tượng)',
  record: 'phải là một nhóm thông tin (đối tượng)',
  date: 'phải là ngày dạng năm-tháng-ngày, ví dụ 2026-03-06',
  null: 'phải để trống (null)',
};

/** The message for a date in the wrong form. */
export const DATE_FORM = 'phải là ngày dạng năm-tháng-ngày, ví dụ 2026-03-06';

type RawIssue = z.core.$ZodRawIssue & Record<string, unknown>;

/** True when the schema that raised `issue` is an ISO date (z.iso.date()). */
function isDateSchema(issue: RawIssue): boolean {
  const def = (issue.inst as { _zod?: { def?: { format?: string } } } | undefined)?._zod?.def;
  return def?.format === 'date';
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (v === null ? 'null' : typeof v === 'string' ? `"${v}"` : String(v)));
  return shown.join(', ') + (values.length > 12 ? ', …' : '');
}

function sizeText(issue: RawIssue, big: boolean): string {
  const bound = String(big ? issue.maximum : issue.minimum);
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (!big && Number(bound) <= 1) return 'bắt buộc phải nhập';
      return big ? `không được dài quá ${bound} ký tự` : `phải có ít nhất ${bound} ký tự`;
    case 'array':
    case 'set':
      return big ? `không được quá ${bound} mục` : `cần ít nhất ${bound} mục`;
    default:
      if (big) return exclusive ? `phải nhỏ hơn ${bound}` : `không được lớn hơn ${bound}`;
      return exclusive ? `phải lớn hơn ${bound}` : `không được nhỏ hơn ${bound}`;
  }
}

/** zod error map of the contract: the Vietnamese detail of one raw issue. */
export function describeRawIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'bắt buộc phải nhập';
      if (isDateSchema(issue)) return DATE_FORM;
      return TYPE_WORDS[String(issue.expected)] ?? 'sai kiểu dữ liệu';
    }
    case 'too_big':
      return sizeText(issue, true);
    case 'too_small':
      return sizeText(issue, false);
    case 'unrecognized_keys':
      return `có trường không được phép (${(issue.keys as string[]).join(', ')})`;
    case 'invalid_value': {
      const values = (issue.values as unknown[]) ?? [];
      if (issue.input === undefined) return 'bắt buộc phải nhập';
      return values.length === 1 ? `chỉ nhận giá trị ${listValues(values)}` : `chỉ nhận một trong các giá trị: ${listValues(values)}`;
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        return ISO_DATE_FORM.test(String(issue.input)) ? `ngày ${isoAsTyped(String(issue.input))} không có trên lịch` : DATE_FORM;
      }
      return 'không đúng định dạng';
    case 'invalid_union': {
      if (issue.input === undefined) return 'bắt buộc phải nhập';
      const first = (issue.errors as { message?: string }[][] | undefined)?.[0]?.[0]?.message;
      return first && !/^(Invalid|Too |Expected)/.test(first) ? first : 'không đúng dạng cho phép';
    }
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'có tên trường không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    default:
      return 'không hợp lệ';
  }
}
