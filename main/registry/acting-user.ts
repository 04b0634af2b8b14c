/**
 * The person a registry call is made for, when it is not the registry's own user: the office server
 * opens one registry for everyone and runs each request's registry work inside `asUser`, so every
 * audit row, review-history row, edit lease and saved-by names the signed-in person (main/services/registry.ts).
 * With the person's roles, the drafts they may see are limited to theirs (main/registry/drafts/visibility.ts);
 * outside `asUser` (the single seat, the CLI) nothing is limited.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const acting = new AsyncLocalStorage<{ user: string; roles?: readonly string[] }>();

/** Runs `fn` (and everything it awaits) on behalf of `user`, holding `roles` when given. */
export function asUser<T>(user: string, fn: () => T, roles?: readonly string[]): T {
  return acting.run({ user, roles }, fn);
}

/** The user the current call runs for, or undefined outside `asUser`. */
export function actingUser(): string | undefined {
  return acting.getStore()?.user;
}

/** The roles of the person the current call runs for; undefined outside `asUser` or when not given. */
export function actingRoles(): readonly string[] | undefined {
  return acting.getStore()?.roles;
}
