/**
 * The services behind the contract: every handler, grouped by domain, plain Node (no electron).
 * main/app registers them over IPC (one setupX per domain), main/host over HTTP.
 */
import type { Domain } from '../../common/api';
import { addressBookHandlers } from './address-book';
import { appHandlers } from './app';
import type { Handlers } from './context';
import { deskHandlers } from './desk';
import { draftsHandlers } from './drafts';
import { editorHandlers } from './editor';
import { exportHandlers } from './export';
import { accountHandlers } from '../server/account-handlers';
import { officeHandlers } from '../server/office-handlers';
import { filesHandlers } from './files';
import { officeFlowHandlers } from './office-flow';
import { registryHandlers } from './registry-handlers';
import { searchBackupHandlers } from './search-backup';
import { settingsHandlers } from './settings';
import { wordHandlers } from './word';

export { dispatch, prepare } from './dispatch';
export { createContext, folders, type ServiceContext, type Handlers, type FileGateway } from './context';
export { closeRegistry } from './registry';

/** Every handler of the contract. */
export const HANDLERS: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...officeHandlers,
  ...accountHandlers,
  ...draftsHandlers,
  ...editorHandlers,
  ...officeFlowHandlers,
  ...exportHandlers,
  ...registryHandlers,
  ...deskHandlers,
  ...addressBookHandlers,
  ...searchBackupHandlers,
  ...filesHandlers,
  ...wordHandlers,
};

/** Handlers of one domain (for the setupX() functions). */
export function handlersOf(domain: Domain): Handlers {
  return Object.fromEntries(Object.entries(HANDLERS).filter(([n]) => n.startsWith(`${domain}.`))) as Handlers;
}
