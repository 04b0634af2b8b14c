/**
 * Loading the server's key and certificate at start, with a Vietnamese reason for each way it can
 * fail: no certificate yet (run `vanthu server init`), a key other accounts can read, a file that
 * cannot be read, a key that does not match its certificate.
 */
import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { UserError } from '../../common/api/errors';
import { describingEnvironment } from '../fs';
import { describeCertificate, type CertificateInfo } from './certificate-info';
import type { ServerFiles } from './files';

/** The key and certificate the HTTPS server presents. */
export interface Credentials {
  key: string;
  cert: string;
  info: CertificateInfo;
}

/** Reads and checks the key and certificate of a server folder. */
export function loadCredentials(files: ServerFiles): Credentials {
  if (!fs.existsSync(files.cert) || !fs.existsSync(files.key)) {
    throw new UserError('not-configured',
      `Chưa có chứng chỉ của máy chủ trong thư mục "${files.dir}". Hãy chạy "vanthu server init --dir ${files.dir}" trước, rồi khởi động lại.`);
  }
  const stat = describingEnvironment('Không đọc được tệp khóa riêng của máy chủ', files.key, () => fs.statSync(files.key));
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new UserError('forbidden',
      `Tệp khóa riêng "${path.basename(files.key)}" đang để tài khoản khác đọc được (quyền ${(stat.mode & 0o777).toString(8).padStart(4, '0')}); ` +
      `vanthu không dùng khóa đã lộ. Hãy chạy "chmod 600 ${files.key}" rồi khởi động lại; nếu nghi khóa đã bị sao chép, chạy "vanthu server init --renew".`);
  }
  const key = describingEnvironment('Không đọc được tệp khóa riêng của máy chủ', files.key, () => fs.readFileSync(files.key, 'utf8'));
  const cert = describingEnvironment('Không đọc được chứng chỉ của máy chủ', files.cert, () => fs.readFileSync(files.cert, 'utf8'));
  let info: CertificateInfo;
  try {
    info = describeCertificate(cert);
    tls.createSecureContext({ key, cert });
  } catch {
    throw new UserError('invalid-input',
      `Tệp khóa riêng "${path.basename(files.key)}" hoặc chứng chỉ "${path.basename(files.cert)}" bị hỏng hoặc không khớp nhau. ` +
      'Hãy chạy "vanthu server init --renew" để cấp chứng chỉ mới (mọi máy trạm phải xác nhận lại mã nhận dạng).');
  }
  return { key, cert, info };
}
