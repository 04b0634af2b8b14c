/**
 * The workstation's choice and the servers it confirmed: `office.json` in the data folder (0600,
 * written atomically). A confirmed server is kept with its certificate (public) and fingerprint,
 * so that later connections accept exactly that certificate; choosing "làm việc một mình" keeps
 * the confirmations, so coming back to the server never asks again unless its certificate changed.
 */
import path from 'node:path';
import type { OfficeStatus } from '../../common/api/domains/office';
import { readJsonOr, writeJson } from '../services/json-store';
import { shortFingerprint } from './fingerprint';
import type { Pin } from './trust';

/** One confirmed server. */
export interface TrustedServer extends Pin {
  /** When the user confirmed it, ISO. */
  confirmedAt: string;
}

/** What office.json holds. */
export interface OfficeFile {
  mode: 'single' | 'server';
  /** Origin of the server in use when mode is 'server'. */
  server: string | null;
  /** Confirmed servers by origin ("https://192.168.1.10:8443"). */
  trusted: Record<string, TrustedServer>;
}

/** The file of the data folder `dataDir`. */
export function officeFile(dataDir: string): string {
  return path.join(dataDir, 'office.json');
}

/** Reads office.json; a missing or unreadable-as-JSON file means single seat, nothing confirmed. */
export function readOffice(dataDir: string): OfficeFile {
  const empty: OfficeFile = { mode: 'single', server: null, trusted: {} };
  let raw: Partial<OfficeFile>;
  try {
    raw = readJsonOr<Partial<OfficeFile>>(officeFile(dataDir), empty);
  } catch {
    return empty;
  }
  const trusted = raw.trusted && typeof raw.trusted === 'object' ? raw.trusted : {};
  const server = typeof raw.server === 'string' && trusted[raw.server] ? raw.server : null;
  return { mode: raw.mode === 'server' && server ? 'server' : 'single', server, trusted };
}

/** Writes office.json atomically (0600). */
export function saveOffice(dataDir: string, file: OfficeFile): void {
  writeJson(officeFile(dataDir), file);
}

/** The status the window sees. */
export function officeStatus(file: OfficeFile): OfficeStatus {
  const t = file.mode === 'server' && file.server ? file.trusted[file.server] : undefined;
  if (!t || !file.server) return { mode: 'single', server: null };
  return { mode: 'server', server: { origin: file.server, fingerprint: t.fingerprint, short: shortFingerprint(t.fingerprint), confirmedAt: t.confirmedAt } };
}
