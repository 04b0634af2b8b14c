/**
 * The edit lease of a draft: one client at a time edits it, the others see it read-only with who
 * holds it and until when. A lease names its holder (the user, for the message) and its client
 * (one open window: the same user in two windows holds two clients), lasts LEASE_MS, is renewed
 * while the editor stays open and released on close; a crashed client's lease simply expires.
 * The same user may take over their own lease from another window (`takeOver`); another user must
 * wait for it to end. Saves check the lease too (./versions.ts): a client whose lease was taken
 * cannot overwrite the holder's work. Taking the lease locks the draft's row first (PostgreSQL `FOR
 * UPDATE`; SQLite's BEGIN IMMEDIATE holds the file), so two clients asking at once take turns and only
 * one gets it.
 */
import type { LeaseView } from '../../../common/api/domains/office-flow';
import { LEASE_MS, clockTime } from '../../../common/rules/office-flow';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { draftForChange } from './drafts';

/** A lease as stored. */
export interface DraftLease { holder: string; client: string; takenAt: string; expiresAt: string }

/** The live (unexpired at `now`) lease of a draft, or null. */
export function liveLease(ctx: Ctx, id: string, now = Date.now()): DraftLease | null {
  const { store } = ctx;
  const r = store.first(store.db.selectFrom('draft_leases')
    .select(['holder', 'client', 'taken_at as takenAt', 'expires_at as expiresAt']).where('draft_id', '=', id));
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
  const { store } = ctx;
  return store.transaction(() => {
    draftForChange(ctx, id); // the draft's row locked: concurrent takers queue here
    const cur = liveLease(ctx, id, now);
    if (cur && cur.client !== client && !(opts.takeOver && cur.holder === ctx.user)) return viewOf(ctx, cur, client);
    const lease: DraftLease = {
      holder: ctx.user, client,
      takenAt: cur?.client === client ? cur.takenAt : new Date(now).toISOString(),
      expiresAt: new Date(now + LEASE_MS).toISOString(),
    };
    store.run(store.db.insertInto('draft_leases')
      .values({ draft_id: id, holder: lease.holder, client: lease.client, taken_at: lease.takenAt, expires_at: lease.expiresAt })
      .onConflict((oc) => oc.column('draft_id').doUpdateSet((eb) => ({
        holder: eb.ref('excluded.holder'), client: eb.ref('excluded.client'),
        taken_at: eb.ref('excluded.taken_at'), expires_at: eb.ref('excluded.expires_at'),
      }))));
    return viewOf(ctx, lease, client);
  });
}

/** Releases the lease of `client` on draft `id` (closing the editor); false when it held none. */
export function releaseLease(ctx: Ctx, id: string, client: string): boolean {
  const { store } = ctx;
  return store.run(store.db.deleteFrom('draft_leases').where('draft_id', '=', id).where('client', '=', client)).changes > 0;
}

/** Who holds draft `id` now, as `client` sees it; null when nobody does. */
export function leaseOf(ctx: Ctx, id: string, client: string, now = Date.now()): LeaseView | null {
  const cur = liveLease(ctx, id, now);
  return cur ? viewOf(ctx, cur, client) : null;
}
