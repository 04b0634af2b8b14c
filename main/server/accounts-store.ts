/**
 * Where the office server keeps its accounts: in PostgreSQL when server.json holds a connection
 * string (`database`), otherwise in SQLite in the server's data folder (`data/accounts.db`, 0600).
 * The same account service (main/accounts) runs over either store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAccountService, type AccountService } from '../accounts/accounts';
import { createStoreAccountStorage } from '../accounts/store-storage';
import { UserError } from '../../common/api/errors';
import { ensurePrivateDir, environmentError, usePrivateUmask } from '../fs';
import { openStore, type Engine, type Store } from '../store';
import type { ServerFiles } from './files';
import { maskConnectionString, type ServerSettings } from './settings';

/** The accounts of a server and how to close their store. */
export interface ServerAccounts {
  service: AccountService;
  /** 'postgres' or 'sqlite': which store holds them. */
  engine: Engine;
  /** How many accounts exist (0: the first administrator is still to be created). */
  count(): number;
  close(): void;
}

/** The SQLite file of the accounts when the server has no PostgreSQL. */
export function accountsFile(files: ServerFiles): string {
  return path.join(files.data, 'accounts.db');
}

/** Opens the accounts store of the server (creating its tables when missing). */
export function openServerAccounts(files: ServerFiles, settings: ServerSettings): ServerAccounts {
  // The accounts file holds password hashes: created 0600 (umask 077), and an older one made private.
  if (!settings.database) {
    usePrivateUmask();
    ensurePrivateDir(files.data);
    if (fs.existsSync(accountsFile(files))) fs.chmodSync(accountsFile(files), 0o600);
  }
  let store: Store<unknown>;
  try {
    store = openStore<unknown>(settings.database ?? accountsFile(files));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw environmentError(e, 'Không mở được nơi lưu tài khoản của máy chủ', settings.database ? undefined : accountsFile(files)) ??
      new UserError('not-available', `Không kết nối được cơ sở dữ liệu của máy chủ (${maskConnectionString(settings.database)}): ${(e as Error).message}. Hãy kiểm tra PostgreSQL đang chạy và chuỗi kết nối trong server.json ("vanthu server settings --database …").`);
  }
  try {
    const storage = createStoreAccountStorage(store);
    const service = createAccountService({ storage });
    const opened = store;
    return { service, engine: store.engine, count: () => storage.listAccounts().length, close: () => opened.close() };
  } catch (e) {
    store.close();
    throw e;
  }
}
