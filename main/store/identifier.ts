/**
 * An SQL identifier (table, column, database name) written for a statement built as text: in double
 * quotes, an inner double quote doubled. The same rule on SQLite and PostgreSQL. Queries built with
 * Kysely use `sql.id` / `sql.table` instead.
 */

/** `name` quoted as an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
