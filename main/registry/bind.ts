/**
 * How the registry service is made from one declared list, the way common/api/operations.ts makes
 * the API: each part (registry, desk, drafts, Nơi nhận book) declares a list `name → function of the
 * live context`; its service type is `Bound<typeof LIST>` and its object is `bindAll(LIST, live)`.
 * A method is written once, in its list.
 */
import type { Ctx } from './context';

/** A registry function: the live context first, then the method's own arguments. */
export type CtxFunction = (ctx: Ctx, ...args: never[]) => unknown;

/** The arguments of a registry function after its context. */
type Rest<F> = F extends (ctx: Ctx, ...args: infer A) => unknown ? A : never;

/** The service methods a list of registry functions becomes: the same functions without their context. */
export type Bound<L> = { [K in keyof L]: L[K] extends (ctx: Ctx, ...args: infer A) => infer R ? (...args: A) => R : never };

/** Binds each function of `list` to the context `live()` gives at call time (it refuses a closed registry). */
export function bindAll<L extends Record<string, CtxFunction>>(list: L, live: () => Ctx): Bound<L> {
  const methods: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(list)) {
    methods[name] = (...args: never[]) => fn(live(), ...args);
  }
  return methods as Bound<L>;
}

/**
 * A registry function of a module loaded on its first call (DOCX export, exceljs), so opening the
 * registry stays fast: `lazy(() => import('./print/register'), 'printRegister')`.
 */
export function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K):
  (ctx: Ctx, ...args: Rest<M[K]>) => Promise<Awaited<M[K] extends (...args: never[]) => infer R ? R : never>> {
  return async (ctx, ...args) => {
    const fn = (await load())[name] as (ctx: Ctx, ...rest: unknown[]) => never;
    return fn(ctx, ...args);
  };
}
