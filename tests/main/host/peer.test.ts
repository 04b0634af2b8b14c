/** Telling the OS account at the other end of a loopback connection from /proc/net/tcp (Linux). */
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fromOtherAccount, uidOfClient } from '../../../main/host/peer';

// Host on port 0xA7F4 (42996); a client of uid `a` on 0x880D (34829), one of uid `b` on 0x9000 (36864).
const table = (a: number, b: number) => `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:A7F4 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1076 1 0 100 0 0 10 0
   1: 0100007F:880D 0100007F:A7F4 01 00000000:00000000 00:00000000 00000000 ${a}        0 2000 1 0 20 4 30 10 -1
   2: 0100007F:A7F4 0100007F:880D 01 00000000:00000000 00:00000000 00000000     0        0 2001 1 0 20 4 30 10 -1
   3: 0100007F:9000 0100007F:A7F4 01 00000000:00000000 00:00000000 00000000 ${b}        0 2002 1 0 20 4 30 10 -1
`;

describe('peer account', () => {
  it('reads the uid of the client end of a connection', () => {
    expect(uidOfClient(table(65534, 0), 34829, 42996)).toBe(65534);
    expect(uidOfClient(table(65534, 0), 36864, 42996)).toBe(0);
    expect(uidOfClient(table(65534, 0), 1234, 42996)).toBeUndefined();
  });

  it.skipIf(process.platform !== 'linux')('refuses another account, and cannot tell when /proc is unreadable', () => {
    const socket = (remotePort: number) => ({ remotePort, localPort: 42996 }) as Socket;
    const me = process.getuid?.() ?? 0;
    expect(fromOtherAccount(socket(34829), () => table(me + 1, me))).toBe(true);
    expect(fromOtherAccount(socket(36864), () => table(me + 1, me))).toBe(false);
    expect(fromOtherAccount(socket(34829), () => null)).toBe(false);
  });
});
