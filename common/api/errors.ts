/**
 * Errors of the API contract. Every failure that crosses the IPC or HTTP boundary is an `ApiFailure`
 * with a stable code and a Vietnamese message a clerk can read.
 */

/** Stable error codes; the UI may react to a code, the user reads the message. */
export type ApiErrorCode =
  | 'invalid-input'
  | 'path-not-allowed'
  | 'unknown-operation'
  | 'not-found'
  | 'not-configured'
  | 'not-available'
  | 'conflict'
  | 'too-large'
  | 'forbidden'
  | 'internal';

/** The error envelope sent back to the window. */
export interface ApiFailure {
  ok: false;
  error: { code: ApiErrorCode; message: string };
}

/** The success envelope sent back to the window. */
export interface ApiSuccess<T> {
  ok: true;
  value: T;
}

/** What every call returns over the wire. */
export type ApiResult<T> = ApiSuccess<T> | ApiFailure;

/**
 * The one error of the API contract: a stable `code` and a Vietnamese `message` shown to the user as
 * is. Services throw it on purpose (bad input, missing file, full disk); the window's client throws
 * it again for every failure envelope it receives, so the window reacts to `code` the same way
 * whichever side failed ('internal' then marks a fault of vanthu, not of the user).
 */
export class UserError extends Error {
  /** Stable code of the error. */
  readonly code: ApiErrorCode;
  /** Creates an error whose Vietnamese `message` is shown to the user. */
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'UserError';
  }
}

/** Builds a failure envelope. */
export function failure(code: ApiErrorCode, message: string): ApiFailure {
  return { ok: false, error: { code, message } };
}

/** Message for a feature whose back end has not landed yet ("chưa có"). */
export function notYet(feature: string): UserError {
  return new UserError('not-available', `Chức năng "${feature}" chưa có trong phiên bản này.`);
}
