/** Errors of the CLI: a user error (exit 1, message shown as is) versus everything else (exit 2). */

/** An error the user can fix; its message is Vietnamese and shown without a stack trace. */
export class UserError extends Error {}

/** Exit codes of the `vanthu` command. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;
