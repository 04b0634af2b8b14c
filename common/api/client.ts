/**
 * The contract as the renderer uses it: `window.vanthu.drafts.create({ templateId })`. One method
 * per operation, built from the operation list over any transport (IPC in Electron, HTTP in a browser).
 */
import { UserError, type ApiResult } from './errors';
import { OPERATIONS, type OpName, type OpOutput, type OpRequest } from './operations';

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type ActionOf<N> = N extends `${string}.${infer A}` ? A : never;

/** `window.vanthu`: one async method per operation, grouped by domain. Failures throw UserError. */
export type VanthuApi = {
  [D in DomainOf<OpName>]: {
    [N in OpName as DomainOf<N> extends D ? ActionOf<N> : never]: (
      request?: OpRequest<N>,
    ) => Promise<OpOutput<N>>;
  };
};

/** Sends one call and returns its envelope; IPC and HTTP each provide one. */
export type Transport = (name: OpName, request: unknown) => Promise<ApiResult<unknown>>;

/** Builds the API object over a transport. */
export function createApi(transport: Transport): VanthuApi {
  const api: Record<string, Record<string, (r?: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(OPERATIONS) as OpName[]) {
    const [domain, action] = name.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][action] = async (request?: unknown) => {
      const result = await transport(name, request ?? {});
      if (!result.ok) throw new UserError(result.error.code, result.error.message);
      return result.value;
    };
  }
  return api as unknown as VanthuApi;
}
