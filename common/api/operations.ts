/**
 * The one list of operations the window may ask of the main process, merged from the domains.
 * Main, preload, the local host and its browser client all import it.
 */
import type * as z from 'zod';
import { accountOps } from './domains/accounts';
import { appOps } from './domains/app';
import { backupOps } from './domains/backup';
import { deskOps } from './domains/desk';
import { draftsOps } from './domains/drafts';
import { editorOps } from './domains/editor';
import { exportOps } from './domains/export';
import { filesOps } from './domains/files';
import { officeOps } from './domains/office';
import { officeFlowOps } from './domains/office-flow';
import { registryOps } from './domains/registry';
import { settingsOps } from './domains/settings';
import { templatesOps } from './domains/templates';
import { wordOps } from './domains/word';
import type { OpDef } from './op';

/** Every operation, keyed "domain.action". */
export const OPERATIONS = {
  ...appOps,
  ...settingsOps,
  ...officeOps,
  ...accountOps,
  ...templatesOps,
  ...draftsOps,
  ...editorOps,
  ...officeFlowOps,
  ...exportOps,
  ...registryOps,
  ...deskOps,
  ...backupOps,
  ...filesOps,
  ...wordOps,
} as const;

/** Name of an operation. */
export type OpName = keyof typeof OPERATIONS;
/** Domains of the contract; each has one setupX() in main/app/ipc. */
export const DOMAINS = ['app', 'settings', 'templates', 'drafts', 'export', 'registry', 'backup', 'files'] as const;
/** A domain name. */
export type Domain = (typeof DOMAINS)[number];

type Def<N extends OpName> = (typeof OPERATIONS)[N];
/** Request of operation N as the caller writes it (defaults optional). */
export type OpRequest<N extends OpName> = Def<N> extends OpDef<infer I, unknown> ? z.input<I> : never;
/** Request of operation N after validation (defaults applied). */
export type OpInput<N extends OpName> = Def<N> extends OpDef<infer I, unknown> ? z.output<I> : never;
/** Response of operation N. */
export type OpOutput<N extends OpName> = Def<N> extends OpDef<z.ZodType, infer O> ? O : never;

/** Whether `name` is an operation of the contract (guards against prototype keys). */
export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

/** The IPC channel of an operation. */
export function channelOf(name: OpName): string {
  return `vanthu:${name}`;
}

/** Operation names of one domain. */
export function opsOf(domain: Domain): OpName[] {
  return (Object.keys(OPERATIONS) as OpName[]).filter((n) => n.startsWith(`${domain}.`));
}
