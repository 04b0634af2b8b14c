/**
 * `vanthu server`: the host's request handling (main/host/handler.ts: sessions, guards, the
 * contract, the built renderer) over HTTPS on the LAN, with the certificate of `vanthu server
 * init`. One port: TLS goes to the HTTPS server, plain HTTP is refused (plain-gate.ts). A browser
 * signs in with an account (main/host/login-gate.ts; accounts in PostgreSQL when server.json names
 * one, else SQLite in `data/`, accounts-store.ts), and every operation is checked against the
 * person's roles. The registry is on the same PostgreSQL when server.json names one (opened at
 * start, registry-store.ts), else in SQLite in `data/`; while PostgreSQL cannot be reached, the API
 * answers 503 with a Vietnamese sentence and works again once it is back (database-guard.ts).
 */
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { UserError } from '../../common/api/errors';
import { ensurePrivateDir, environmentError, tempNameFor } from '../fs';
import { createHostHandler } from '../host/handler';
import { provideRegistry } from '../services/registry';
import type { Site } from '../host/security';
import { openServerAccounts, type ServerAccounts } from './accounts-store';
import type { CertificateInfo } from './certificate-info';
import { lanIPv4, machineName } from './addresses';
import { loadCredentials } from './credentials';
import { serverFiles, type ServerFiles } from './files';
import { guardDatabase } from './database-guard';
import { createGate } from './plain-gate';
import { openServerRegistry, type ServerRegistry } from './registry-store';
import { readServerSettings, type ServerSettings } from './settings';

/** Options of startServer. */
export interface ServerOptions {
  /** The server folder (key, certificate, server.json, data/). */
  dir: string;
  /** Folder of the built renderer. */
  rendererDir: string;
  /** Port instead of server.json's (0: a free one, for tests). */
  port?: number;
  /** Listen address instead of server.json's. */
  host?: string;
}

/** A running server. */
export interface OfficeServer {
  /** https://<address>:<port>/ as a workstation types it. */
  url: string;
  port: number;
  files: ServerFiles;
  settings: ServerSettings;
  /** The certificate presented (its fingerprint is what workstations confirm). */
  certificate: CertificateInfo;
  /** The account service of the server (its store is closed with the server). */
  accounts: ServerAccounts;
  /** Where the registry is (PostgreSQL: opened at start; SQLite: data/vanthu.db, opened on first use). */
  registry: ServerRegistry;
  close(): Promise<void>;
}

/** Throws a Vietnamese UserError when the server folder does not accept new files. */
function checkWritable(files: ServerFiles): void {
  const probe = tempNameFor(files.settings);
  try {
    fs.closeSync(fs.openSync(probe, 'wx', 0o600));
    fs.rmSync(probe, { force: true });
    ensurePrivateDir(files.data);
  } catch (e) {
    try { fs.rmSync(probe, { force: true }); } catch { /* nothing was created */ }
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (['EROFS', 'EACCES', 'EPERM'].includes(code)) {
      throw new UserError('not-available',
        `Thư mục của máy chủ "${files.dir}" chỉ cho phép đọc đối với tài khoản đang chạy máy chủ, mà máy chủ cần ghi dữ liệu vào đó. ` +
        'Hãy cho tài khoản này quyền ghi vào thư mục, hoặc chọn thư mục khác bằng --dir (rồi chạy "vanthu server init" cho thư mục đó).');
    }
    throw environmentError(e, 'Máy chủ không ghi được vào thư mục của nó', files.dir) ?? e;
  }
}

/**
 * The site the server answers as, on its port: every name and address of its certificate, plus the
 * machine's current name and LAN addresses (a DHCP change must not lock workstations out; pinning
 * is by fingerprint). Any other Host header (a DNS-rebinding page) is refused.
 */
function siteOf(certified: string[], port: number): Site {
  const names = [...new Set([...certified, machineName(), ...lanIPv4()])];
  const hosts = names.flatMap((n) => (port === 443 ? [n, `${n}:443`] : [`${n}:${port}`]));
  return { port, hosts, origins: names.map((n) => `https://${n}${port === 443 ? '' : `:${port}`}`), secure: true };
}

/** Listens; a busy or forbidden port becomes a Vietnamese UserError. */
async function listen(server: ReturnType<typeof createGate>, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') {
      throw new UserError('not-available',
        `Cổng ${port} đang được chương trình khác dùng (có thể một máy chủ vanthu khác đang chạy). Hãy dừng chương trình đó, hoặc chọn cổng khác: "vanthu server --port ${port + 1}".`);
    }
    if (e.code === 'EACCES') throw new UserError('forbidden', `Tài khoản này không được mở cổng ${port} (cổng dưới 1024 cần quyền quản trị); hãy dùng cổng 8443.`);
    if (e.code === 'EADDRNOTAVAIL') throw new UserError('invalid-input', `Máy này không có địa chỉ ${host}; hãy sửa mục listen.host trong server.json hoặc bỏ tùy chọn --listen.`);
    throw e;
  });
}

/** Starts the HTTPS server; resolves once it listens. Every refusal to start is a Vietnamese UserError. */
export async function startServer(opts: ServerOptions): Promise<OfficeServer> {
  const files = serverFiles(opts.dir);
  const creds = loadCredentials(files);
  const settings = readServerSettings(files.settings);
  checkWritable(files);
  const host = opts.host ?? settings.listen.host;
  // The registry first: in an empty database it creates its schema (the account tables join it).
  const registry = openServerRegistry(files, settings);
  let accounts: ServerAccounts;
  try {
    accounts = openServerAccounts(files, settings);
  } catch (e) {
    registry.service?.close();
    throw e;
  }
  if (registry.watch) accounts = { ...accounts, service: guardDatabase(accounts.service, registry.watch) };
  const handler = createHostHandler({ dataDir: files.data, rendererDir: opts.rendererDir, peerCheck: false, accounts: accounts.service });
  if (registry.service) provideRegistry(handler.ctx.dataDir, registry.service);
  const tlsServer = https.createServer({ key: creds.key, cert: creds.cert, minVersion: 'TLSv1.2' }, handler.handle);
  tlsServer.on('tlsClientError', (_e, socket) => socket.destroy());
  tlsServer.on('clientError', (_e, socket) => socket.destroy());
  let url = '';
  const gate = createGate(tlsServer, () => url);
  const open = new Set<Socket>();
  gate.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  try {
    await listen(gate, opts.port ?? settings.listen.port, host);
  } catch (e) {
    handler.close();
    accounts.close();
    throw e;
  }
  const port = (gate.address() as AddressInfo).port;
  handler.bind(siteOf(creds.info.names, port));
  const shown = host === '0.0.0.0' ? creds.info.names.find((n) => /^\d/.test(n) && n !== '127.0.0.1') ?? creds.info.names[0] : host;
  url = `https://${shown}${port === 443 ? '' : `:${port}`}/`;
  const close = () => new Promise<void>((resolve) => {
    handler.close();
    accounts.close();
    gate.close(() => resolve());
    for (const socket of open) socket.destroy();
  });
  return { url, port, files, settings, certificate: creds.info, accounts, registry, close };
}
