/**
 * The edit lease of a draft: one client at a time edits it, the others see it read-only with who
 * holds it and until when. A lease names its holder (the user, for the message) and its client
 * (one open window: the same user in two windows holds two clients), lasts LEASE_MS, is renewed
 * while the editor stays open and released on close; a crashed client's lease simply expires.
 * The same user may take over their own lease from another window (`takeOver`); another user must
 * wait for it to end. Saves check the lease too (./versions.ts): a client whose lease was taken
 * cannot overwrite the holder's work.
 */
import type { LeaseView } from '../../../common/api/domains/office-flow';
import { LEASE_MS, clockTime } from '../../../common/rules/office-flow';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { stmt } from '../sql';
import { draftForChange } from './drafts';


/** A lease as stored. */
export interface DraftLease { holder: string; client: string; takenAt: string; expiresAt: string }

/** The live (unexpired at `now`) lease of a draft, or null. */
export function liveLease(ctx: Ctx, id: string, now = Date.now()): DraftLease | null {
  const r = stmt(ctx.db, 'SELECT holder, client, taken_at AS takenAt, expires_at AS expiresAt FROM draft_leases WHERE draft_id = ?').get(id) as DraftLease | undefined;
  return r && Date.parse(r.expiresAt) > now ? r : null;
}

/** "Bản thảo đang do Nguyễn Văn A sửa (đến 10:42)". */
export function heldMessage(lease: DraftLease, sameUser: boolean): string {
  const where = sameUser ? ' ở một cửa sổ khác' : '';
  return `Bản thảo đang do ${lease.holder} sửa${where} (đến ${clockTime(lease.expiresAt)}).`;
}

function viewOf(ctx: Ctx, lease: DraftLease, client: string): LeaseView {
  const held = lease.client === client;
  const sameUser = lease.holder === ctx.user;
  return { held, holder: lease.holder, expiresAt: lease.expiresAt, sameUser, message: held ? '' : heldMessage(lease, sameUser) };
}

/**
 * Takes or renews the lease of draft `id` for `client` (one transaction). Held by another live
 * client, it stays theirs (the answer names them) unless `takeOver` and that holder is the same user.
 */
export function acquireLease(ctx: Ctx, id: string, client: string, opts: { takeOver?: boolean; now?: number } = {}): LeaseView {
  if (!client.trim()) throw new RegistryError('invalid', 'Thiếu mã cửa sổ soạn thảo; hãy mở lại dự thảo.');
  const now = opts.now ?? Date.now();
  return ctx.db.transaction(() => {
    draftForChange(ctx, id);
    const cur = liveLease(ctx, id, now);
    if (cur && cur.client !== client && !(opts.takeOver && cur.holder === ctx.user)) return viewOf(ctx, cur, client);
    const lease: DraftLease = {
      holder: ctx.user, client,
      takenAt: cur?.client === client ? cur.takenAt : new Date(now).toISOString(),
      expiresAt: new Date(now + LEASE_MS).toISOString(),
    };
    stmt(ctx.db, `INSERT INTO draft_leases (draft_id, holder, client, taken_at, expires_at) VALUES (@id, @holder, @client, @takenAt, @expiresAt)
      ON CONFLICT (draft_id) DO UPDATE SET holder = excluded.holder, client = excluded.client, taken_at = excluded.taken_at,
      expires_at = excluded.expires_at`).run({ id, ...lease });
    return viewOf(ctx, lease, client);
  }).immediate();
}

/** Releases the lease of `client` on draft `id` (closing the editor); false when it held none. */
export function releaseLease(ctx: Ctx, id: string, client: string): boolean {
  return stmt(ctx.db, 'DELETE FROM draft_leases WHERE draft_id = ? AND client = ?').run(id, client).changes > 0;
}

/** Who holds draft `id` now, as `client` sees it; null when nobody does. */
export function leaseOf(ctx: Ctx, id: string, client: string, now = Date.now()): LeaseView | null {
  const cur = liveLease(ctx, id, now);
  return cur ? viewOf(ctx, cur, client) : null;
}
