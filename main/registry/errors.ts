/** Errors of the registry: a stable `code` for programs and a Vietnamese `message` for people. */

/** Codes of RegistryError. */
export type RegistryErrorCode =
  | 'not-sqlite' | 'truncated' | 'corrupt' | 'empty-file' | 'newer-schema' | 'not-vanthu' | 'missing-file'
  | 'not-found' | 'invalid' | 'conflict' | 'locked' | 'forbidden' | 'no-term' | 'book-closed' | 'io' | 'not-implemented';

/** A user-facing registry error. */
export class RegistryError extends Error {
  readonly code: RegistryErrorCode;
  constructor(code: RegistryErrorCode, message: string) {
    super(message);
    this.name = 'RegistryError';
    this.code = code;
  }
  /** Plain data form, for IPC/HTTP. */
  toJSON(): { code: RegistryErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Throws an 'invalid' RegistryError unless `cond` holds. */
export function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new RegistryError('invalid', message);
}
