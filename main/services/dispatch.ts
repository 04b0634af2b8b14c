/**
 * The single entry point of every call from a window (IPC) or a browser (HTTP): validate the
 * request with the contract's schema, check its paths, run the handler, and wrap the result.
 * Nothing reaches a service before both checks pass.
 */
import {
  OPERATIONS, UserError, failure, isOpName, validateInput, type ApiResult, type OpName,
} from '../../common/api';
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

/** Runs operation `name` with an untrusted `payload`; never throws. */
export async function dispatch(handlers: Handlers, ctx: ServiceContext, name: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isOpName(name)) return failure('unknown-operation', `Thao tác "${String(name).slice(0, 60)}" không tồn tại.`);
  try {
    const input = prepare(name, payload, ctx);
    const handler = handlers[name] as Handler<OpName> | undefined;
    if (!handler) throw new UserError('not-available', `Chức năng "${OPERATIONS[name].label}" không dùng được ở chế độ này.`);
    return { ok: true, value: await handler(input as never, ctx) };
  } catch (e) {
    if (e instanceof UserError) return failure(e.code, e.message);
    console.error(`[vanthu] ${name} failed:`, e);
    return failure(
      'internal',
      `Không thực hiện được "${OPERATIONS[name].label}" do lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật kèm nội dung: ${String((e as Error)?.message ?? e).slice(0, 200)}`,
    );
  }
}
