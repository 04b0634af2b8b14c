/**
 * The local host: the contract over HTTP on 127.0.0.1 only, on a free port, plus the built
 * renderer. Only a browser opened with a one-time launch address (`launchUrl()`) gets a session
 * (session.ts); every other request gets 403, and on Linux so does every connection from another
 * OS account (peer.ts), session or not. The request handling itself is handler.ts (shared with
 * `vanthu server` over HTTPS). Used by `npm run web`, by `npm start` where Electron cannot
 * start, and by the end-to-end tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '../services';
import { createHostHandler } from './handler';
import { loopbackSite } from './security';
import type { SessionOptions } from './session';

/** Options of startHost. */
export interface HostOptions {
  dataDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Life and clock of launch codes (tests). */
  sessions?: SessionOptions;
}

/** A running host. */
export interface Host {
  /** The host's address (`http://127.0.0.1:<port>/`); opening it without a session gives 403. */
  url: string;
  port: number;
  ctx: ServiceContext;
  /** A one-time address that opens a session in the browser that visits it first. */
  launchUrl(): string;
  close(): Promise<void>;
}

/** Starts the host; resolves once it listens. */
export async function startHost(opts: HostOptions): Promise<Host> {
  const handler = createHostHandler(opts);
  const server = http.createServer(handler.handle);
  server.on('connection', handler.onConnection);
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  handler.bind(loopbackSite(port));
  const url = `http://127.0.0.1:${port}/`;
  const close = () => new Promise<void>((resolve) => {
    handler.close();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url, port, ctx: handler.ctx, launchUrl: () => `${url}?code=${handler.newCode()}`, close };
}
