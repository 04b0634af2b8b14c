/**
 * Errors of the stores. Problems of the PostgreSQL server or of the way to it (refused, unknown host,
 * wrong password, unknown database, connection lost, a lock held too long) are Vietnamese UserErrors
 * naming the server by its masked URL (exit 1 in the CLI). Any other failure of a query is a
 * StoreQueryError carrying the engine's code (a constraint the registry maps, or a bug: exit 2).
 */
import { UserError } from '../../common/api/errors';

/** A query the database refused for a reason other than the server or the connection. */
export class StoreQueryError extends Error {
  /** PostgreSQL's SQLSTATE (e.g. 23505) or SQLite's code. */
  readonly code: string | undefined;
  /** Wraps the driver's message and code. */
  constructor(message: string, code: string | undefined) {
    super(message);
    this.name = 'StoreQueryError';
    this.code = code;
  }
}

/** True when `err` is a unique-constraint violation on either engine (SQLite code or PostgreSQL SQLSTATE 23505). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** What the store was doing when it failed: the outcome of a failed COMMIT is unknown. */
export type StoreStep = 'connect' | 'query' | 'commit';

const ADVICE = 'Hãy kiểm tra máy chủ, mạng và giá trị --db (hoặc địa chỉ máy chủ trong cài đặt) rồi thử lại.';

/**
 * The error to throw for a failure of the PostgreSQL driver: a Vietnamese UserError for a problem
 * of the server or the connection, else a StoreQueryError. `server` is the masked URL.
 */
export function postgresFailure(error: { message: string; code?: string; lost?: boolean }, server: string, step: StoreStep, database = ''): Error {
  const code = error.code;
  const at = `máy chủ PostgreSQL ${server}`;
  const At = `Máy chủ PostgreSQL ${server}`;
  const reasons: Record<string, string> = {
    ECONNREFUSED: `Không kết nối được ${at}: không có máy chủ nào nhận kết nối ở địa chỉ và cổng này (máy chủ chưa chạy hoặc sai cổng). ${ADVICE}`,
    ENOTFOUND: `Không kết nối được ${at}: không tìm thấy tên máy chủ. ${ADVICE}`,
    EAI_AGAIN: `Không kết nối được ${at}: không tra được tên máy chủ (mạng hoặc DNS). ${ADVICE}`,
    EHOSTUNREACH: `Không kết nối được ${at}: không đi tới được máy chủ qua mạng. ${ADVICE}`,
    ENETUNREACH: `Không kết nối được ${at}: máy này không có mạng tới máy chủ. ${ADVICE}`,
    '28P01': `${At} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu. Hãy kiểm tra người dùng và mật khẩu trong --db.`,
    '28000': `${At} không cho tài khoản này kết nối (quy tắc pg_hba.conf của máy chủ). Hãy nhờ người quản trị máy chủ cho phép.`,
    '3D000': `${At} không có cơ sở dữ liệu "${database}". Hãy tạo cơ sở dữ liệu đó (createdb) hoặc sửa tên ở cuối --db.`,
    '53300': `${At} đã hết chỗ cho kết nối mới (quá nhiều kết nối). Hãy thử lại sau hoặc nhờ người quản trị máy chủ.`,
    '57P03': `${At} đang khởi động hoặc đang dừng, chưa nhận kết nối. Hãy thử lại sau ít phút.`,
    '55P03': `Sổ đăng ký trên ${at} đang được người khác ghi quá lâu; thao tác này chưa ghi gì. Hãy thử lại.`,
    '40P01': `Hai người cùng ghi một phần của sổ đăng ký trên ${at}; thao tác này đã bị hủy, chưa ghi gì. Hãy thử lại.`,
    '40001': `Hai người cùng ghi một phần của sổ đăng ký trên ${at}; thao tác này đã bị hủy, chưa ghi gì. Hãy thử lại.`,
  };
  if (code && reasons[code]) {
    return new UserError(code === '55P03' || code === '40P01' || code === '40001' ? 'conflict' : 'not-available', reasons[code]);
  }
  if (/timeout/i.test(error.message) && (step === 'connect' || error.lost)) {
    return new UserError('not-available', `${At} không trả lời kịp. ${step === 'commit' ? COMMIT_UNKNOWN : NOTHING_WRITTEN} ${ADVICE}`);
  }
  // A COMMIT the worker never sent (the connection was already gone): surely not written.
  if (step === 'commit' && code === 'VANTHU_NOT_SENT') step = 'query';
  if (error.lost || step === 'connect') {
    const what = step === 'connect' ? `Không kết nối được ${at}` : `Mất kết nối tới ${at}`;
    return new UserError('not-available', `${what}. ${step === 'commit' ? COMMIT_UNKNOWN : step === 'query' ? NOTHING_WRITTEN : ''} ${ADVICE}`.replace(/\s+/g, ' '));
  }
  return new StoreQueryError(error.message, code);
}

const NOTHING_WRITTEN = 'Thao tác đang làm chưa được ghi.';
const COMMIT_UNKNOWN = 'Mất kết nối đúng lúc ghi: chưa rõ thao tác đã được ghi hay chưa, hãy xem lại sổ trước khi làm lại.';
