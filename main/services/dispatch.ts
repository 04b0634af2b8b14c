/**
 * The single entry point of every call from a window (IPC) or a browser (HTTP): validate the
 * request with the contract's schema, check its paths, run the handler, and wrap the result.
 * Nothing reaches a service before both checks pass, and nothing leaves but a Vietnamese message
 * without absolute paths: an unexpected failure is logged to stderr and told in general terms.
 */
import path from 'node:path';
import {
  OPERATIONS, UserError, failure, isOpName, validateInput, type ApiFailure, type ApiResult, type OpName,
} from '../../common/api';
import { environmentError } from '../fs/environment-error';
import type { Handler, Handlers, ServiceContext } from './context';
import { checkPath } from './paths';

/** Validates a request and checks its path fields; returns the clean input or throws UserError. */
export function prepare(name: OpName, payload: unknown, ctx: ServiceContext): Record<string, unknown> {
  const input = validateInput(name, payload) as Record<string, unknown>;
  for (const key of OPERATIONS[name].paths) {
    const value = input[key];
    if (typeof value === 'string') input[key] = checkPath(value, ctx.dataDir, ctx.allowedRoots);
  }
  return input;
}

/** An absolute path inside a message: POSIX (after a space, a quote or a bracket) or Windows. */
const ABSOLUTE_PATH = /(^|[\s"'“‘«(\[])((?:\/|[A-Za-z]:[\\/]|\\\\)[^\s"'”’»)\]]+)/g;

/** Replaces every absolute path in `message` by its base name ("/home/a/x/b.docx" → "b.docx"). */
export function scrubPaths(message: string): string {
  return message.replace(ABSOLUTE_PATH, (_m, lead: string, p: string) => {
    const base = p.includes('\\') ? path.win32.basename(p) : path.posix.basename(p);
    return `${lead}${base}`;
  });
}

/**
 * The failure sent back for `e`: a UserError's own message (paths scrubbed); anything else is
 * logged with its detail (`where` names it in the log) and becomes a general Vietnamese message;
 * a problem of the user's environment (full disk, read-only folder…) is told as such.
 */
export function publicFailure(e: unknown, where: string, label?: string): ApiFailure {
  if (e instanceof UserError) return failure(e.code, scrubPaths(e.message));
  const environment = environmentError(e, label ? `Không thực hiện được "${label}"` : 'Không thực hiện được thao tác');
  if (environment) {
    console.error(`[vanthu] ${where}:`, e);
    return failure(environment.code, scrubPaths(environment.message));
  }
  console.error(`[vanthu] ${where} failed:`, e);
  const what = label ? ` khi "${label}"` : '';
  return failure('internal', `Lỗi không mong muốn${what}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật (chi tiết đã được ghi vào nhật ký của vanthu).`);
}

/** Runs operation `name` with an untrusted `payload`; never throws. */
export async function dispatch(handlers: Handlers, ctx: ServiceContext, name: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isOpName(name)) return failure('unknown-operation', `Thao tác "${scrubPaths(String(name).slice(0, 60))}" không tồn tại.`);
  try {
    const input = prepare(name, payload, ctx);
    const handler = handlers[name] as Handler<OpName> | undefined;
    if (!handler) throw new UserError('not-available', `Chức năng "${OPERATIONS[name].label}" không dùng được ở chế độ này.`);
    return { ok: true, value: await handler(input as never, ctx) };
  } catch (e) {
    return publicFailure(e, name, OPERATIONS[name].label);
  }
}
