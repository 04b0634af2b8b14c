/**
 * The desktop window on the office server (issue 14), as plain decisions the Electron glue
 * (office.ts, security.ts) only applies: which server this workstation works with (office.json),
 * whether a certificate Chromium was shown is exactly the confirmed one (SHA-256 fingerprint), which
 * URLs belong to the server's origin (requests, navigation, login windows), and the Vietnamese
 * sentence shown when the server cannot be reached. No Electron import: tested with vitest.
 */
import { X509Certificate } from 'node:crypto';
import { fingerprintOf } from '../server/fingerprint';
import type { OfficeFile } from '../server/trust-store';
import { parseServerAddress, type Pin, type ServerAddress } from '../server/trust';

/** The confirmed office server this workstation works with. */
export interface OfficeTarget {
  /** Address as parsed from the stored origin. */
  address: ServerAddress;
  /** What it must present: the confirmed fingerprint and certificate. */
  pin: Pin;
  /** The page the window loads: "https://host:port/". */
  url: string;
}

/**
 * The server the window must load, from office.json: null when the workstation works alone, or
 * when the stored origin no longer parses (then it works alone too: nothing unconfirmed is loaded).
 */
export function officeTarget(file: OfficeFile): OfficeTarget | null {
  if (file.mode !== 'server' || !file.server) return null;
  const trusted = file.trusted[file.server];
  if (!trusted) return null;
  let address: ServerAddress;
  try {
    address = parseServerAddress(file.server);
  } catch {
    return null;
  }
  return { address, pin: { fingerprint: trusted.fingerprint, pem: trusted.pem }, url: `${address.origin}/` };
}

/** The SHA-256 fingerprint (AB:CD:…) of a certificate given as PEM, or null when it does not parse. */
export function pemFingerprint(pem: string): string | null {
  try {
    return fingerprintOf(new X509Certificate(pem).raw);
  } catch {
    return null;
  }
}

/** What Chromium's certificate check is told: 0 accept, -2 refuse (Electron's setCertificateVerifyProc codes). */
export type VerifyCode = 0 | -2;

/**
 * Chromium asks whether to accept the certificate `certificatePem` for `hostname`: only the office
 * server's host, presenting exactly the confirmed certificate (fingerprint compared, whatever the
 * usual authorities say), is accepted; every other certificate is refused (the app talks to no other
 * https site).
 */
export function verifyCertificate(target: OfficeTarget | null, hostname: string, certificatePem: string): VerifyCode {
  if (!target) return -2;
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host !== target.address.host) return -2;
  return pemFingerprint(certificatePem) === target.pin.fingerprint ? 0 : -2;
}

/** Whether `url` is on the office server's origin exactly (https, same host, same port). */
export function isOfficeUrl(target: OfficeTarget | null, url: string): boolean {
  if (!target) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && !u.username && !u.password && u.origin === target.address.origin;
}

/**
 * What a page asking for a new window gets: only a page of the office server (the "Đăng nhập lại
 * (thẻ mới)" link of the session banner) opens, in a window of the app without preload; anything
 * else is denied.
 */
export function newWindowDecision(target: OfficeTarget | null, url: string): 'office' | 'deny' {
  return isOfficeUrl(target, url) ? 'office' : 'deny';
}

/** The first sentence of the page shown when the office server cannot be reached. */
export const UNREACHABLE_TITLE = 'Không kết nối được máy chủ văn phòng';

/**
 * The sentence for a page load Chromium gave up on (did-fail-load: its error code and description),
 * for the server at `address`.
 */
export function loadFailureText(address: ServerAddress, code: number, description: string): string {
  const where = `${address.host}:${address.port}`;
  const reason = code <= -200 && code > -300 ? 'máy chủ đưa ra chứng chỉ khác với chứng chỉ đã xác nhận'
    : code === -102 ? 'máy chủ chưa chạy vanthu server, hoặc sai cổng'
      : code === -105 ? `không tìm thấy máy có tên "${address.host}" trong mạng`
        : code === -118 || code === -7 ? 'máy chủ không trả lời (kiểm tra mạng, tường lửa, địa chỉ)'
          : code === -106 ? 'máy này đang không có mạng'
            : `lỗi mạng ${description || code}`;
  return `${UNREACHABLE_TITLE} ${where}: ${reason}.`;
}
