/** Every handler of the clerk's desk (issue 6), registered in ./index.ts. */
import type { Handlers } from './context';
import { deskCareHandlers } from './desk-care';
import { deskInHandlers } from './desk-in';
import { deskOutHandlers } from './desk-out';
import { deskPrintHandlers } from './desk-print';
import { deskStampHandlers } from './desk-stamp';
import { registerImportHandlers } from './register-import';

/** Handlers of the desk operations (`registry.desk*`). */
export const deskHandlers: Handlers = { ...deskInHandlers, ...deskOutHandlers, ...deskPrintHandlers, ...deskCareHandlers, ...deskStampHandlers, ...registerImportHandlers };
