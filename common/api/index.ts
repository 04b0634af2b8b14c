/** The IPC/HTTP contract of vanthu: operations, their types and runtime schemas, the client. */
export * from './errors';
export * from './fields';
export * from './operations';
export * from './validate';
export * from './client';
export type { AppInfo } from './domains/app';
export type { SettingsStatus, TermStart } from './domains/settings';
export type { TemplateInfo } from './domains/templates';
export type { DraftRecord, DraftSummary } from './domains/drafts';
export type { ProducedFile } from './domains/export';
export type { OutgoingRow, Page } from './domains/registry';
export type { BackupInfo } from './domains/backup';
