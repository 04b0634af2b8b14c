/**
 * What the office server answers while its PostgreSQL cannot be reached. The store (main/store)
 * turns a refused or lost connection into a 'not-available' UserError naming the server by its
 * masked URL, written for the CLI. Workstations get one Vietnamese sentence instead ("máy chủ cơ sở
 * dữ liệu không liên lạc được", status 503), which never names the database, and says whether the
 * operation was surely not written or its outcome is unknown (the answer to COMMIT was lost). The
 * operator's console gets one line when the database goes away and one when it answers again; the
 * store connects again by itself on the next request (main/store/postgres-worker.ts).
 */
import { UserError } from '../../common/api/errors';

/** The answer to an operation that could not reach the database and wrote nothing. */
export const DATABASE_UNREACHABLE =
  'Máy chủ cơ sở dữ liệu không liên lạc được: thao tác này chưa được ghi. Hãy thử lại sau ít phút; nếu vẫn không được, hãy báo người quản trị máy chủ văn phòng.';

/** The answer when the connection was lost while committing: the outcome is unknown. */
export const DATABASE_UNREACHABLE_AT_COMMIT =
  'Máy chủ cơ sở dữ liệu không liên lạc được đúng lúc ghi: chưa rõ thao tác đã được ghi hay chưa. Hãy xem lại sổ trước khi làm lại.';

/** True for the store's errors about reaching PostgreSQL (refused, lost, timed out, shutting down, full). */
export function isUnreachable(e: unknown): e is UserError {
  return e instanceof UserError && e.code === 'not-available' && /PostgreSQL/.test(e.message);
}

/** Watches one database for the console: a line when it goes away, one when it is back. */
export interface DatabaseWatch {
  /** Is it reachable as far as the last operation knows. */
  readonly reachable: boolean;
  /** The error to throw for `e` (the workstation's sentence when the database is unreachable). */
  failed(e: unknown): unknown;
  /** An operation reached the database. */
  succeeded(): void;
}

/** A watch that logs its transitions with `log` (console.error by default). */
export function watchDatabase(what: string, log: (line: string) => void = (l) => console.error(l)): DatabaseWatch {
  let reachable = true;
  return {
    get reachable() { return reachable; },
    failed(e) {
      if (!isUnreachable(e)) return e;
      if (reachable) log(`[vanthu] Mất liên lạc với ${what}: ${e.message} Máy chủ văn phòng trả lời 503 cho tới khi cơ sở dữ liệu hoạt động lại.`);
      reachable = false;
      return new UserError('not-available', /chưa rõ/.test(e.message) ? DATABASE_UNREACHABLE_AT_COMMIT : DATABASE_UNREACHABLE);
    },
    succeeded() {
      if (!reachable) log(`[vanthu] Đã liên lạc lại với ${what}.`);
      reachable = true;
    },
  };
}

/**
 * `target` with every function (nested objects too) wrapped: a result (or a promise's) reports
 * success to `watch`, a failure is rethrown as `watch.failed(e)`. Other values are copied.
 */
export function guardDatabase<T extends object>(target: T, watch: DatabaseWatch): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    if (typeof value === 'function') {
      out[name] = (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          throw watch.failed(e);
        }
        if (result instanceof Promise) {
          return result.then((v) => (watch.succeeded(), v), (e: unknown) => { throw watch.failed(e); });
        }
        watch.succeeded();
        return result;
      };
    } else {
      out[name] = value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
        ? guardDatabase(value as object, watch) : value;
    }
  }
  return out as T;
}
