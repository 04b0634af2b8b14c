/**
 * Trust on first use through the contract (workstation side, real TLS): a new server's
 * fingerprint shown, confirmed and pinned in office.json (0600); the same certificate recognised
 * later; a renewed (or forged) certificate on the same address reported as changed with the
 * impersonation warning and never accepted until the old pin is forgotten; http:// refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../common/api';
import type { OfficeStatus, ServerProbe } from '../../../common/api/domains/office';
import { HANDLERS, createContext, dispatch, type ServiceContext } from '../../../main/services';
import { initServer } from '../../../main/server/certificate';
import { startServer, type OfficeServer } from '../../../main/server/https';
import { parseServerAddress } from '../../../main/server/trust';
import { officeFile } from '../../../main/server/trust-store';
import { removeTemp, tempDir, tinyRenderer } from './fixture';

let ctx: ServiceContext;
let dir: string;
let renderer: string;
let server: OfficeServer;
let address: string;

const call = async <T>(op: string, payload: unknown): Promise<ApiResult<T>> => (await dispatch(HANDLERS, ctx, op, payload)) as ApiResult<T>;
const value = async <T>(op: string, payload: unknown): Promise<T> => {
  const r = await call<T>(op, payload);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeAll(async () => {
  ctx = createContext(tempDir('vanthu-workstation-'), 'web');
  dir = path.join(tempDir(), 'may-chu');
  renderer = tinyRenderer();
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  server = await startServer({ dir, rendererDir: renderer, port: 0, host: '127.0.0.1' });
  address = `https://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  removeTemp();
});

describe('first connection to an office server', () => {
  it('starts as single seat', async () => {
    expect(await value<OfficeStatus>('settings.officeStatus', {})).toEqual({ mode: 'single', server: null });
  });

  it('shows a new server\'s fingerprint, the one the server machine printed', async () => {
    const probe = await value<ServerProbe>('settings.officeProbe', { address: `127.0.0.1:${server.port}` });
    expect(probe).toMatchObject({ origin: address, known: 'new', fingerprint: server.certificate.fingerprint, short: server.certificate.short, warning: null });
    expect(probe.names).toContain('may-chu-vp');
    expect(fs.existsSync(officeFile(ctx.dataDir))).toBe(false);
  });

  it('refuses to confirm a fingerprint other than the one the server presents', async () => {
    const r = await call('settings.officeTrust', { address, fingerprint: Array(32).fill('AB').join(':') });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('khác');
    expect(fs.existsSync(officeFile(ctx.dataDir))).toBe(false);
  });

  it('confirmed: stores the pin privately and switches to the server', async () => {
    const status = await value<OfficeStatus>('settings.officeTrust', { address, fingerprint: server.certificate.fingerprint });
    expect(status).toMatchObject({ mode: 'server', server: { origin: address, fingerprint: server.certificate.fingerprint } });
    expect(fs.statSync(officeFile(ctx.dataDir)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(fs.readFileSync(officeFile(ctx.dataDir), 'utf8'));
    expect(stored.trusted[address].pem).toBe(fs.readFileSync(server.files.cert, 'utf8'));
    const again = await value<ServerProbe>('settings.officeProbe', { address });
    expect(again.known).toBe('trusted');
  });

  it('a changed certificate on the same address is reported as possible impersonation and refused', async () => {
    const port = server.port;
    await server.close();
    await initServer({ dir, renew: true, name: 'may-chu-vp', ips: [] });
    server = await startServer({ dir, rendererDir: renderer, port, host: '127.0.0.1' });
    const probe = await value<ServerProbe>('settings.officeProbe', { address });
    expect(probe.known).toBe('changed');
    expect(probe.warning).toContain('CẢNH BÁO');
    expect(probe.warning).toContain('giả mạo');
    const refused = await call('settings.officeTrust', { address, fingerprint: probe.fingerprint });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('giả mạo');
    const stored = JSON.parse(fs.readFileSync(officeFile(ctx.dataDir), 'utf8'));
    expect(stored.trusted[address].fingerprint).not.toBe(probe.fingerprint);
  });

  it('after the old pin is forgotten (renewal confirmed by the administrator), the new one can be confirmed', async () => {
    expect(await value<OfficeStatus>('settings.officeForget', { address })).toEqual({ mode: 'single', server: null });
    const probe = await value<ServerProbe>('settings.officeProbe', { address });
    expect(probe.known).toBe('new');
    const status = await value<OfficeStatus>('settings.officeTrust', { address, fingerprint: probe.fingerprint });
    expect(status.server?.fingerprint).toBe(server.certificate.fingerprint);
  });

  it('"làm việc một mình" keeps the confirmation for later', async () => {
    expect(await value<OfficeStatus>('settings.officeSingle', {})).toEqual({ mode: 'single', server: null });
    expect((await value<ServerProbe>('settings.officeProbe', { address })).known).toBe('trusted');
  });

  it('refuses plain http:// and says why when nothing listens', async () => {
    const plain = await call('settings.officeProbe', { address: `http://127.0.0.1:${server.port}` });
    expect(!plain.ok && plain.error.message).toContain('https://');
    const closed = await call('settings.officeProbe', { address: '127.0.0.1:1' });
    expect(!closed.ok && closed.error.message).toContain('Không kết nối được máy chủ văn phòng 127.0.0.1:1');
  });
});

describe('the server address as typed', () => {
  it('takes what the server prints, with or without https:// and the port (8443 by default)', () => {
    expect(parseServerAddress('192.168.1.10').origin).toBe('https://192.168.1.10:8443');
    expect(parseServerAddress(' https://192.168.1.10:9443/ ').origin).toBe('https://192.168.1.10:9443');
    expect(parseServerAddress('May-Chu-VP:8443')).toEqual({ host: 'may-chu-vp', port: 8443, origin: 'https://may-chu-vp:8443' });
  });

  it('refuses anything else, saying what to type', () => {
    for (const bad of ['', 'máy chủ', 'https://may-chu/duong-dan', 'https://u:p@may-chu', 'ftp://may-chu', 'https://may-chu:99999']) {
      expect(() => parseServerAddress(bad), bad).toThrow(/không hợp lệ|https:\/\//);
    }
  });
});
