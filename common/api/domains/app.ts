/** Contract of the `app` domain: versions and the mode the app runs in (about box). */
import { empty } from '../fields';
import { op } from '../op';

/** What the about box shows. */
export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' for the desktop window, 'web' for the local host in a browser. */
  mode: 'electron' | 'web';
  /** Versions of the runtime parts (node, electron, chrome, sqlite …). */
  versions: Record<string, string>;
  /** Folder holding the database, drafts, exports and backups. */
  dataDir: string;
}

/** Operations of the app domain. */
export const appOps = {
  'app.info': op<AppInfo>()({ input: empty, label: 'Thông tin phiên bản' }),
};
