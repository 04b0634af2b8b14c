/** What every registry function needs: the connection, the user for the audit log, the data folder. */
import type { Db } from './db';

/** The registry context passed to the domain functions. */
export interface Ctx {
  db: Db;
  user: string;
  /** Folder of stored files (exported DOCX, attachments). */
  dataDir: string;
}
