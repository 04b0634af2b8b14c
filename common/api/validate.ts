/**
 * Applies an operation's request schema to a payload and turns every problem into one Vietnamese
 * message naming the field, e.g. `Năm: phải là số.` Before the schema runs, a payload nested
 * deeper than MAX_PAYLOAD_DEPTH is refused and every string loses the characters XML cannot carry
 * (common/text/sanitize.ts), so nothing sent to the API can make an invalid DOCX.
 */
import type * as z from 'zod';
import { nestedDeeperThan } from '../text/depth';
import { sanitizeDeep } from '../text/sanitize';
import { UserError } from './errors';
import { labelOf } from './labels';
import { OPERATIONS, isOpName, type OpInput, type OpName } from './operations';
import { describeRawIssue } from './issue-text';

/** Deepest nesting of arrays and objects a request may have (a draft needs about 10). */
export const MAX_PAYLOAD_DEPTH = 64;

/** Vietnamese wording of one finalised zod issue: the field as the clerk sees it, then what is wrong. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const named = labelOf(issue.path);
  const index = issue.path.find((p) => typeof p === 'number');
  const field = named
    ? `${named.label}${typeof index === 'number' ? ` (dòng ${index + 1})` : ''}`
    : issue.path.length ? `Trường "${issue.path.join('.')}"` : 'Yêu cầu';
  let detail = issue.message;
  if (issue.code === 'invalid_format' && detail === 'không đúng định dạng' && named?.format) detail += ` (${named.format})`;
  if (/^(Invalid|Too |Expected|Unrecognized|Number must)/.test(detail)) detail = 'không hợp lệ';
  return `${field}: ${detail.replace(/\.$/, '')}.`;
}

/** Validates `payload` for operation `name`; throws a UserError with a Vietnamese message. */
export function validateInput<N extends OpName>(name: N, payload: unknown): OpInput<N> {
  if (!isOpName(name)) throw new UserError('unknown-operation', `Thao tác "${String(name)}" không tồn tại.`);
  if (nestedDeeperThan(payload, MAX_PAYLOAD_DEPTH)) {
    throw new UserError('invalid-input', `Dữ liệu không hợp lệ: lồng nhau quá ${MAX_PAYLOAD_DEPTH} tầng.`);
  }
  const schema = OPERATIONS[name].input as z.ZodType;
  const clean = sanitizeDeep(payload === undefined ? {} : payload);
  const r = schema.safeParse(clean, { error: describeRawIssue, reportInput: true });
  if (r.success) return r.data as OpInput<N>;
  const lines = r.error.issues.slice(0, 5).map(describeIssue);
  throw new UserError('invalid-input', `Dữ liệu không hợp lệ. ${lines.join(' ')}`);
}
