/** One setupX() per domain of the contract; main.ts calls setupAll(). */
import type { ServiceContext } from '../../services';
import { registerDomain } from './register';

/** About box: versions. */
export const setupApp = (ctx: ServiceContext) => registerDomain('app', ctx);
/** Organisation profile and term. */
export const setupSettings = (ctx: ServiceContext) => registerDomain('settings', ctx);
/** Document templates. */
export const setupTemplates = (ctx: ServiceContext) => registerDomain('templates', ctx);
/** Drafts. */
export const setupDrafts = (ctx: ServiceContext) => registerDomain('drafts', ctx);
/** DOCX export. */
export const setupExport = (ctx: ServiceContext) => registerDomain('export', ctx);
/** Outgoing and incoming registers. */
export const setupRegistry = (ctx: ServiceContext) => registerDomain('registry', ctx);
/** Backups. */
export const setupBackup = (ctx: ServiceContext) => registerDomain('backup', ctx);
/** Native save/open dialogs. */
export const setupFiles = (ctx: ServiceContext) => registerDomain('files', ctx);

/** Registers every domain; returns all channels. */
export function setupAll(ctx: ServiceContext): string[] {
  return [setupApp, setupSettings, setupTemplates, setupDrafts, setupExport, setupRegistry, setupBackup, setupFiles]
    .flatMap((setup) => setup(ctx));
}
