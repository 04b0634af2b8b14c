/**
 * The tables the store layer knows, as Kysely types (the builder of `Store.db` is typed over them).
 * The registry's tables join this list as they are ported onto the store (docs/query-layer.md).
 */

/** `store_counters`: one row per numbering sequence (see counter.ts). */
export interface CounterTable {
  /** The sequence, e.g. "outgoing:3:2026:NQ". */
  key: string;
  /** The last number given in it (0 before the first). */
  value: number;
}

/** Every table the store knows. */
export interface StoreTables {
  store_counters: CounterTable;
}
