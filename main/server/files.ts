/** Where the server keeps its key, certificate and settings inside its folder (`--dir`). */
import path from 'node:path';
import { defaultDataDir } from '../services/data-dir';

/** Files of one server folder. */
export interface ServerFiles {
  /** The folder itself (0700). */
  dir: string;
  /** Private key, PEM (PKCS #8), 0600. */
  key: string;
  /** Self-signed certificate, PEM. */
  cert: string;
  /** Settings (listen address, port, PostgreSQL connection string), 0600. */
  settings: string;
  /** The data folder the contract's services use until storage moves to PostgreSQL. */
  data: string;
}

/** The default server folder: `server/` inside the user's data folder. */
export function defaultServerDir(): string {
  return path.join(defaultDataDir(), 'server');
}

/** The files of the server folder `dir`. */
export function serverFiles(dir: string): ServerFiles {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    key: path.join(abs, 'tls-key.pem'),
    cert: path.join(abs, 'tls-cert.pem'),
    settings: path.join(abs, 'server.json'),
    data: path.join(abs, 'data'),
  };
}
