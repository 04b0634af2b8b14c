/** The names a server machine is reached by on the LAN: its host name and its IPv4 addresses. */
import os from 'node:os';

/** The machine's non-internal IPv4 addresses (those other machines of the LAN can reach). */
export function lanIPv4(): string[] {
  const found = new Set<string>();
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) found.add(a.address);
  }
  return [...found];
}

/** Whether `name` is a host name a certificate can carry (letters, digits, dashes, dots). */
export function isHostName(name: string): boolean {
  return name.length <= 253 && /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(name);
}

/** The machine's host name as a certificate can carry it (lower case), or "vanthu-server". */
export function machineName(): string {
  const name = os.hostname().toLowerCase();
  return isHostName(name) ? name : 'vanthu-server';
}
