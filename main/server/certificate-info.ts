/**
 * What a certificate says, read with Node's own X.509 parser (no certificate library): its
 * fingerprint, short form, names and end of validity. Used at every server start.
 */
import crypto from 'node:crypto';
import { fingerprintOf, shortFingerprint } from './fingerprint';

/** What a certificate says, as the server machine shows it to the clerk. */
export interface CertificateInfo {
  /** SHA-256 fingerprint, AB:CD:… */
  fingerprint: string;
  /** First 128 bits in groups of 4, read aloud over the phone. */
  short: string;
  /** Host names and IP addresses the certificate names. */
  names: string[];
  /** Last day of validity. */
  validTo: Date;
}

/** Reads what a PEM certificate says (Node's own X.509 parser). */
export function describeCertificate(pem: string): CertificateInfo {
  const cert = new crypto.X509Certificate(pem);
  const fingerprint = fingerprintOf(cert.raw);
  const names = (cert.subjectAltName ?? '').split(/,\s*/).map((s) => s.replace(/^(DNS|IP Address):/, '')).filter(Boolean);
  return { fingerprint, short: shortFingerprint(fingerprint), names, validTo: new Date(cert.validTo) };
}

