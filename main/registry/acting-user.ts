/**
 * The person a registry call is made for, when it is not the registry's own user: the office server
 * opens one registry for everyone and runs each request's registry work inside `asUser`, so every
 * audit row, review-history row, edit lease and saved-by names the signed-in person (main/services/registry.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const acting = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it awaits) on behalf of `user`. */
export function asUser<T>(user: string, fn: () => T): T {
  return acting.run(user, fn);
}

/** The user the current call runs for, or undefined outside `asUser`. */
export function actingUser(): string | undefined {
  return acting.getStore();
}
