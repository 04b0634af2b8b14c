/**
 * Backups of a registry kept on PostgreSQL, through PostgreSQL's own pg_dump and pg_restore (see
 * docs/backup-postgres.md). The functions a later API operation of the server's admin screen calls:
 * backupPostgres, restorePostgres, listPostgresBackups.
 */
export { backupPostgres, type PostgresBackupOptions, type PostgresBackupResult } from './dump';
export { restorePostgres, type PostgresRestoreOptions, type PostgresRestoreResult } from './restore';
export { DEFAULT_KEEP, listPostgresBackups } from './rotation';
export { type DumpManifest, manifestPathFor, readManifest } from './manifest';
