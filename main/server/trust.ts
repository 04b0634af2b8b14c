/**
 * Trust on first use, workstation side. The first connection to an office server fetches its
 * certificate and shows its fingerprint for the user to compare with what the server machine
 * shows (`vanthu server init`); once confirmed, the certificate is stored (trust-store.ts) and every
 * later connection accepts exactly that certificate (pinnedTlsOptions). A different certificate is
 * refused with a warning of possible impersonation, never accepted silently.
 */
import https from 'node:https';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { UserError } from '../../common/api/errors';
import { isHostName } from './addresses';
import { fingerprintOf, shortFingerprint } from './fingerprint';
import { DEFAULT_PORT } from './settings';

/** An office server's address as the user typed it, normalised. */
export interface ServerAddress {
  host: string;
  port: number;
  /** "https://host:port" (the key the pin is stored under). */
  origin: string;
}

/** The certificate a server presented. */
export interface PresentedCertificate {
  /** SHA-256 fingerprint, AB:CD:… */
  fingerprint: string;
  /** First 128 bits in groups of 4 (read aloud). */
  short: string;
  /** The certificate, PEM (public; stored to pin it). */
  pem: string;
  /** Names and addresses it carries. */
  names: string[];
  /** Last day of validity, ISO. */
  validTo: string;
}

/** A confirmed server: what later connections accept. */
export interface Pin {
  fingerprint: string;
  pem: string;
}

/** Milliseconds a workstation waits for the server. */
const CONNECT_TIMEOUT_MS = 8000;

/**
 * Parses what the user typed: "192.168.1.10", "may-chu-vp:8443", "https://192.168.1.10:8443/".
 * The port defaults to 8443; http:// is refused (the server only speaks HTTPS).
 */
export function parseServerAddress(input: string): ServerAddress {
  const text = input.trim();
  const bad = () => new UserError('invalid-input',
    `Địa chỉ máy chủ "${text.slice(0, 80)}" không hợp lệ; hãy nhập như máy chủ hiển thị, ví dụ https://192.168.1.10:8443 hoặc may-chu-vp:8443.`);
  if (/^http:\/\//i.test(text)) {
    throw new UserError('invalid-input', 'Máy chủ văn phòng chỉ nhận kết nối mã hóa: địa chỉ phải bắt đầu bằng https://, ví dụ https://192.168.1.10:8443.');
  }
  let url: URL;
  try {
    url = new URL(/^https:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw bad();
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) throw bad();
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!(isIP(host) === 4 || (isIP(host) === 0 && isHostName(host)))) throw bad();
  const port = url.port ? Number(url.port) : DEFAULT_PORT;
  return { host, port, origin: `https://${host}:${port}` };
}

/** A Vietnamese UserError for a failed connection to `addr`. */
export function unreachable(addr: ServerAddress, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  const where = `${addr.host}:${addr.port}`;
  const reason =
    code === 'ECONNREFUSED' ? 'máy chủ chưa chạy vanthu server, hoặc sai cổng'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `không tìm thấy máy có tên "${addr.host}" trong mạng; hãy nhập địa chỉ IP`
        : code === 'ETIMEDOUT' || code === 'timeout' ? 'máy chủ không trả lời (kiểm tra mạng, tường lửa, địa chỉ)'
          : code === 'EHOSTUNREACH' || code === 'ENETUNREACH' ? 'không có đường mạng tới máy đó'
            : code === 'ECONNRESET' || code === 'EPROTO' || /SSL|TLS|wrong version/i.test(String((e as Error)?.message)) ? 'chương trình ở địa chỉ đó không phải máy chủ văn phòng vanthu (không nói HTTPS)'
              : 'lỗi kết nối mạng';
  return new UserError('not-available', `Không kết nối được máy chủ văn phòng ${where}: ${reason}.`);
}

/** What a TLS peer certificate says. */
function presented(cert: tls.PeerCertificate): PresentedCertificate {
  const fingerprint = fingerprintOf(cert.raw);
  const pem = `-----BEGIN CERTIFICATE-----\n${cert.raw.toString('base64').match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;
  const names = (cert.subjectaltname ?? '').split(/,\s*/).map((s) => s.replace(/^(DNS|IP Address):/, '')).filter(Boolean);
  return { fingerprint, short: shortFingerprint(fingerprint), pem, names, validTo: new Date(cert.valid_to).toISOString() };
}

/**
 * Fetches the certificate `addr` presents, without trusting it yet: a TLS handshake only, no
 * request is sent and nothing is read from the server. Unreachable servers are Vietnamese UserErrors.
 */
export function fetchServerCertificate(addr: ServerAddress): Promise<PresentedCertificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: addr.host, port: addr.port, servername: isIP(addr.host) ? undefined : addr.host,
      rejectUnauthorized: false, timeout: CONNECT_TIMEOUT_MS, minVersion: 'TLSv1.2',
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate(false);
      socket.destroy();
      if (!cert?.raw) return reject(unreachable(addr, new Error('TLS without certificate')));
      resolve(presented(cert));
    });
    socket.once('timeout', () => (socket.destroy(), reject(unreachable(addr, { code: 'timeout' }))));
    socket.once('error', (e) => reject(unreachable(addr, e)));
  });
}

/** The warning shown when a confirmed server now presents another certificate (Vietnamese). */
export function changedWarning(addr: ServerAddress, pinned: string, now: string): string {
  return `CẢNH BÁO: mã nhận dạng của máy chủ ${addr.host}:${addr.port} đã thay đổi (đã xác nhận: ${shortFingerprint(pinned)}; ` +
    `bây giờ: ${shortFingerprint(now)}). Có thể có máy khác đang giả mạo máy chủ văn phòng, nên vanthu không kết nối. ` +
    'Hãy gọi người quản trị máy chủ: chỉ khi họ xác nhận vừa cấp chứng chỉ mới và đọc đúng mã mới, mới xóa mã cũ và xác nhận lại.';
}

/**
 * TLS options that accept exactly the pinned certificate: it is the only trusted root (`ca`), and
 * the identity check compares the presented certificate's fingerprint instead of its names (the
 * workstation may reach the server by any address).
 */
export function pinnedTlsOptions(pin: Pin): tls.ConnectionOptions {
  return {
    ca: [pin.pem],
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
    checkServerIdentity: (_host, cert) =>
      fingerprintOf(cert.raw) === pin.fingerprint ? undefined : new Error('certificate fingerprint does not match the pinned one'),
  };
}

/** A reply of a pinned request. */
export interface PinnedReply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Options of pinnedRequest. */
export interface PinnedRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One HTTPS request to a confirmed server, accepting only its pinned certificate. When the TLS
 * check fails, the certificate is fetched again to tell a changed certificate (the impersonation
 * warning) from any other failure.
 */
export async function pinnedRequest(addr: ServerAddress, pin: Pin, req: PinnedRequest): Promise<PinnedReply> {
  try {
    return await new Promise<PinnedReply>((resolve, reject) => {
      const r = https.request({
        ...pinnedTlsOptions(pin), host: addr.host, port: addr.port, method: req.method ?? 'GET', path: req.path,
        headers: { host: `${addr.host}:${addr.port}`, ...req.headers }, timeout: CONNECT_TIMEOUT_MS, agent: false,
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      });
      r.on('timeout', () => r.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })));
      r.on('error', reject);
      r.end(req.body);
    });
  } catch (e) {
    if (e instanceof UserError) throw e;
    const tlsFailure = /certificate|self[- ]signed|fingerprint|UNABLE_TO|CERT_/i.test(`${(e as NodeJS.ErrnoException).code} ${(e as Error).message}`);
    if (tlsFailure) {
      const now = await fetchServerCertificate(addr);
      if (now.fingerprint !== pin.fingerprint) throw new UserError('forbidden', changedWarning(addr, pin.fingerprint, now.fingerprint));
    }
    throw unreachable(addr, e);
  }
}
