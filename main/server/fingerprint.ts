/**
 * The SHA-256 fingerprint of the server's certificate, the one thing a clerk compares between the
 * server machine and a workstation: the usual grouped hex form (AB:CD:…, as `openssl x509
 * -fingerprint -sha256` prints it) and a short form read aloud over the phone.
 */
import crypto from 'node:crypto';

/** SHA-256 of a certificate's DER bytes, upper-case hex pairs joined by colons (AB:CD:…). */
export function fingerprintOf(der: Uint8Array): string {
  return groupedHex(crypto.createHash('sha256').update(der).digest('hex'));
}

/** "abcd…" or "AB:CD:…" → "AB:CD:…" (upper case, colon between byte pairs). */
export function groupedHex(hex: string): string {
  const bare = hex.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return bare.match(/.{2}/g)?.join(':') ?? '';
}

/** Hex digits of the short form: the first 128 bits, 8 groups of 4 (a forged match stays out of reach). */
const SHORT_DIGITS = 32;

/**
 * The short form a clerk reads aloud: the first 128 bits of the fingerprint in 8 groups of 4 hex
 * digits ("3F2A 9C01 …"). Matching it by chance or by a forged certificate is out of reach.
 */
export function shortFingerprint(fingerprint: string): string {
  const bare = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase().slice(0, SHORT_DIGITS);
  return bare.match(/.{4}/g)?.join(' ') ?? '';
}

/** Whether `s` is a complete SHA-256 fingerprint in the grouped form. */
export function isFingerprint(s: string): boolean {
  return /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(s);
}
