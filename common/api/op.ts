/**
 * How one operation of the contract is declared: its request schema (applied at run time to every
 * payload), its response type (compile time), and which request fields hold file paths.
 */
import type * as z from 'zod';

/** One operation of the contract. `O` is the response type. */
export interface OpDef<I extends z.ZodType, O> {
  /** Runtime schema of the request. */
  input: I;
  /** Top-level request fields holding paths; each must lie inside an allowed folder. */
  paths: readonly string[];
  /** Short Vietnamese name of the operation, used in busy indicators and errors. */
  label: string;
  /** Phantom field carrying the response type; never set at run time. */
  output?: O;
}

/** Declares an operation with response type `O`: `op<Result>()({ input, label })`. */
export function op<O>() {
  return <I extends z.ZodType>(def: { input: I; label: string; paths?: readonly string[] }): OpDef<I, O> => ({
    input: def.input,
    label: def.label,
    paths: def.paths ?? [],
  });
}
