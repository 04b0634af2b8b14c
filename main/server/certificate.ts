/**
 * `vanthu server init`: the server's self-signed certificate. An ECDSA P-256 key made by Node's
 * WebCrypto, a certificate built by @peculiar/x509 (X.509 v3 with the machine's host name, its LAN
 * IPv4 addresses and 127.0.0.1 as subject alternative names, valid 5 years), both written
 * atomically and privately (folder 0700, files 0600). An existing certificate is never replaced
 * unless `renew` is asked: every workstation would have to confirm the new fingerprint.
 */
import 'reflect-metadata';
import crypto, { webcrypto } from 'node:crypto';
import fs from 'node:fs';
import * as x509 from '@peculiar/x509';
import { UserError } from '../../common/api/errors';
import { describingEnvironment, ensurePrivateDir, writeFileAtomic } from '../fs';
import { isHostName, lanIPv4, machineName } from './addresses';
import { describeCertificate, type CertificateInfo } from './certificate-info';
import { serverFiles, type ServerFiles } from './files';
import { ensureServerSettings } from './settings';

/** Years a new certificate stays valid. */
export const CERTIFICATE_YEARS = 5;

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** Options of createCertificate. */
export interface CertificateRequest {
  /** Host name of the server machine (subject and DNS name). */
  name: string;
  /** IPv4 addresses to name besides 127.0.0.1. */
  ips: string[];
  /** Start of validity (default now). */
  now?: Date;
}

/** A new key and its self-signed certificate, both PEM. */
export async function createCertificate(req: CertificateRequest): Promise<{ keyPem: string; certPem: string }> {
  x509.cryptoProvider.set(webcrypto as Crypto);
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const now = req.now ?? new Date();
  const notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + CERTIFICATE_YEARS);
  const serial = crypto.randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const ips = [...new Set([...req.ips, '127.0.0.1'])];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: `CN=${req.name}, O=vanthu`,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: req.name }, ...ips.map((value) => ({ type: 'ip' as const, value }))]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { keyPem, certPem: `${cert.toString('pem')}\n` };
}

/** Options of initServer (`vanthu server init`). */
export interface InitOptions {
  dir: string;
  /** Host name to certify (default: the machine's). */
  name?: string;
  /** IPv4 addresses to certify besides 127.0.0.1 (default: the machine's LAN addresses). */
  ips?: string[];
  /** Replace an existing certificate. */
  renew?: boolean;
}

/** Result of initServer. */
export interface InitResult extends CertificateInfo {
  files: ServerFiles;
  /** True when an existing certificate was replaced. */
  renewed: boolean;
}

/**
 * Creates the server folder (0700), its key (0600) and certificate, and its settings file when
 * missing. Refuses, in Vietnamese, to replace an existing certificate unless `renew`.
 */
export async function initServer(opts: InitOptions): Promise<InitResult> {
  const files = serverFiles(opts.dir);
  const name = opts.name ?? machineName();
  if (!isHostName(name)) {
    throw new UserError('invalid-input', `Tên máy "${name}" không dùng được trong chứng chỉ: chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang và dấu chấm, ví dụ may-chu-vp.`);
  }
  const exists = fs.existsSync(files.cert);
  if (exists && !opts.renew) {
    const old = describingEnvironment('Không đọc được chứng chỉ', files.cert, () => fs.readFileSync(files.cert, 'utf8'));
    throw new UserError('conflict',
      `Thư mục "${files.dir}" đã có chứng chỉ của máy chủ (mã nhận dạng ${describeCertificate(old).short}); vanthu không ghi đè. ` +
      'Muốn cấp chứng chỉ mới, chạy "vanthu server init --renew"; khi đó mọi máy trạm phải xác nhận lại mã nhận dạng mới.');
  }
  const { keyPem, certPem } = await createCertificate({ name, ips: opts.ips ?? lanIPv4() });
  describingEnvironment('Không ghi được chứng chỉ của máy chủ vào thư mục', files.dir, () => {
    ensurePrivateDir(files.dir);
    writeFileAtomic(files.key, keyPem);
    writeFileAtomic(files.cert, certPem);
  });
  ensureServerSettings(files.settings);
  return { ...describeCertificate(certPem), files, renewed: exists };
}
