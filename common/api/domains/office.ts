/**
 * Contract of the workstation's way of working (issue #14): alone on this machine (single seat,
 * the default) or connected to the office server, whose certificate the user confirms on first
 * connection by comparing its fingerprint with what the server machine shows. Operations belong to
 * the settings domain (registered with it over IPC).
 */
import * as z from 'zod';
import { empty } from '../fields';
import { op } from '../op';

/** The confirmed office server. */
export interface OfficeServerInfo {
  /** "https://192.168.1.10:8443". */
  origin: string;
  /** SHA-256 fingerprint, AB:CD:… */
  fingerprint: string;
  /** First 128 bits in groups of 4 (read aloud). */
  short: string;
  /** When the user confirmed it, ISO. */
  confirmedAt: string;
}

/** How this workstation works. */
export interface OfficeStatus {
  /** 'single': alone on this machine (default); 'server': the office server. */
  mode: 'single' | 'server';
  /** The confirmed server when mode is 'server'. */
  server: OfficeServerInfo | null;
}

/** What a server presents on a first look, before it is trusted. */
export interface ServerProbe {
  origin: string;
  fingerprint: string;
  short: string;
  /** Names and addresses in its certificate. */
  names: string[];
  /** Last day of the certificate's validity, ISO. */
  validTo: string;
  /** 'new': never confirmed; 'trusted': same certificate as confirmed; 'changed': another certificate than confirmed. */
  known: 'new' | 'trusted' | 'changed';
  /** Short form of the confirmed fingerprint when known is 'changed'. */
  pinnedShort: string | null;
  /** The impersonation warning when known is 'changed' (Vietnamese). */
  warning: string | null;
}

/** An office server's address as typed: "192.168.1.10:8443", "https://may-chu-vp:8443". */
const address = z.string().trim().min(1).max(200);
/** A SHA-256 fingerprint in the grouped form the server prints. */
const fingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'không đúng dạng mã SHA-256 (AB:CD:…)');

/** Operations of the office connection. */
export const officeOps = {
  'settings.officeStatus': op<OfficeStatus>()({ input: empty, label: 'Đọc cách làm việc' }),
  'settings.officeSingle': op<OfficeStatus>()({ input: empty, label: 'Chọn làm việc một mình' }),
  'settings.officeProbe': op<ServerProbe>()({ input: z.strictObject({ address }), label: 'Kiểm tra máy chủ văn phòng' }),
  'settings.officeTrust': op<OfficeStatus>()({ input: z.strictObject({ address, fingerprint }), label: 'Xác nhận máy chủ văn phòng' }),
  'settings.officeForget': op<OfficeStatus>()({ input: z.strictObject({ address }), label: 'Xóa mã nhận dạng đã lưu' }),
};
