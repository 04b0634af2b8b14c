/**
 * Handlers of the office operations (common/api/domains/office.ts), workstation side: look at a
 * server's certificate, confirm it (trust on first use), refuse a changed one, forget it when the
 * administrator confirms a renewal, or work alone.
 */
import { UserError } from '../../common/api/errors';
import type { Handlers } from '../services/context';
import { shortFingerprint } from './fingerprint';
import { officeStatus, readOffice, saveOffice } from './trust-store';
import { changedWarning, fetchServerCertificate, parseServerAddress, pinnedRequest } from './trust';

/** Handlers of the office operations. */
export const officeHandlers: Handlers = {
  'settings.officeStatus': async (_input, ctx) => officeStatus(readOffice(ctx.dataDir)),
  'settings.officeSingle': async (_input, ctx) => {
    const file = readOffice(ctx.dataDir);
    saveOffice(ctx.dataDir, { ...file, mode: 'single', server: null });
    return officeStatus(readOffice(ctx.dataDir));
  },
  'settings.officeProbe': async ({ address }, ctx) => {
    const addr = parseServerAddress(address);
    const cert = await fetchServerCertificate(addr);
    const pinned = readOffice(ctx.dataDir).trusted[addr.origin];
    const known = !pinned ? 'new' : pinned.fingerprint === cert.fingerprint ? 'trusted' : 'changed';
    return {
      origin: addr.origin, fingerprint: cert.fingerprint, short: cert.short, names: cert.names, validTo: cert.validTo, known,
      pinnedShort: known === 'changed' && pinned ? shortFingerprint(pinned.fingerprint) : null,
      warning: known === 'changed' && pinned ? changedWarning(addr, pinned.fingerprint, cert.fingerprint) : null,
    };
  },
  'settings.officeTrust': async ({ address, fingerprint }, ctx) => {
    const addr = parseServerAddress(address);
    const file = readOffice(ctx.dataDir);
    const pinned = file.trusted[addr.origin];
    if (pinned && pinned.fingerprint !== fingerprint) throw new UserError('forbidden', changedWarning(addr, pinned.fingerprint, fingerprint));
    const cert = await fetchServerCertificate(addr);
    if (cert.fingerprint !== fingerprint) {
      throw new UserError('conflict',
        `Máy chủ ${addr.host}:${addr.port} vừa đưa ra mã nhận dạng khác (${cert.short}) với mã bạn đã xem (${shortFingerprint(fingerprint)}): ` +
        'có thể có máy khác xen vào đường truyền. Không lưu gì; hãy bấm "Kiểm tra máy chủ" lại và đối chiếu với người quản trị.');
    }
    const pin = { fingerprint: cert.fingerprint, pem: cert.pem };
    await pinnedRequest(addr, pin, { path: '/' });
    saveOffice(ctx.dataDir, {
      mode: 'server', server: addr.origin,
      trusted: { ...file.trusted, [addr.origin]: { ...pin, confirmedAt: pinned?.confirmedAt ?? new Date().toISOString() } },
    });
    return officeStatus(readOffice(ctx.dataDir));
  },
  'settings.officeForget': async ({ address }, ctx) => {
    const addr = parseServerAddress(address);
    const file = readOffice(ctx.dataDir);
    const { [addr.origin]: _gone, ...trusted } = file.trusted;
    const leaving = file.server === addr.origin;
    saveOffice(ctx.dataDir, { mode: leaving ? 'single' : file.mode, server: leaving ? null : file.server, trusted });
    return officeStatus(readOffice(ctx.dataDir));
  },
};
