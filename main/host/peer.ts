/**
 * On Linux, the OS account at the other end of a loopback connection: the kernel lists every TCP
 * socket with its owner's uid in /proc/net/tcp, so the host can refuse another account even if it
 * got hold of a launch address (e.g. read from the browser's command line while it started).
 * Elsewhere (and when /proc cannot be read) the answer is "unknown" and the session alone decides.
 */
import fs from 'node:fs';
import type { Socket } from 'node:net';

/** Reads /proc/net/tcp (replaceable in tests). */
export type TcpTableReader = () => string | null;

const readProcTcp: TcpTableReader = () => {
  try {
    return fs.readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    return null;
  }
};

/** The uid owning the socket whose local port is `clientPort` and remote port `serverPort`, if listed. */
export function uidOfClient(table: string, clientPort: number, serverPort: number): number | undefined {
  const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, '0');
  const local = `:${hex(clientPort)}`;
  const remote = `:${hex(serverPort)}`;
  for (const line of table.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length > 7 && cols[1]?.endsWith(local) && cols[2]?.endsWith(remote)) return Number(cols[7]);
  }
  return undefined;
}

/**
 * Whether the peer of `socket` (a connection to this host) belongs to another OS account. False
 * when it cannot be told (not Linux, /proc unreadable, the socket not listed).
 */
export function fromOtherAccount(socket: Socket, read: TcpTableReader = readProcTcp): boolean {
  if (process.platform !== 'linux' || typeof process.getuid !== 'function') return false;
  if (!socket.remotePort || !socket.localPort) return false;
  const table = read();
  if (table === null) return false;
  const uid = uidOfClient(table, socket.remotePort, socket.localPort);
  return uid !== undefined && uid !== process.getuid();
}
