/**
 * The one listening socket of `vanthu server`: a TLS handshake goes on to the HTTPS server; any
 * other first byte (plain HTTP, or anything else) gets a short Vietnamese refusal naming the
 * https:// address, and the connection is closed. Nothing of the app is ever served unencrypted.
 */
import net from 'node:net';
import type { Server as TlsServer } from 'node:tls';

/** First byte of a TLS record carrying a handshake (ClientHello). */
const TLS_HANDSHAKE = 0x16;

/** Seconds a connection may stay silent before it is closed. */
const FIRST_BYTE_TIMEOUT_MS = 30_000;

/** The reply to a plain-HTTP request: 400, the address to use instead, and close. */
export function plainHttpRefusal(httpsUrl: string): string {
  const body = `Máy chủ văn phòng vanthu chỉ nhận kết nối mã hóa (HTTPS). Hãy dùng địa chỉ ${httpsUrl}\n`;
  return 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n\r\n${body}`;
}

/** A TCP server that hands TLS connections to `tlsServer` and refuses everything else. */
export function createGate(tlsServer: TlsServer, httpsUrl: () => string): net.Server {
  return net.createServer((socket) => {
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      if (first[0] === TLS_HANDSHAKE) {
        socket.unshift(first);
        tlsServer.emit('connection', socket);
        return;
      }
      socket.end(plainHttpRefusal(httpsUrl()));
    });
  });
}
