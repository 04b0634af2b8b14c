/**
 * The received stamp's settings in the registry database (table `settings`, so backups carry them):
 * the stamp's size (`stamp.size`, mm) and, per attachment, the place the clerk dragged it to on the
 * preview (`stamp.place.<attachment id>`, mm from the page's top-left corner).
 */
import type { Ctx } from '../context';
import { RegistryError } from '../errors';

/** A stamp's size in mm. */
export interface StampSizeMm { widthMm: number; heightMm: number }
/** A stamp's top-left corner in mm from the page's top-left corner. */
export interface StampPlaceMm { xMm: number; yMm: number }

function read<T>(ctx: Ctx, key: string): T | null {
  const s = ctx.store;
  const r = s.first(s.db.selectFrom('settings').select('value').where('key', '=', key));
  if (!r) return null;
  try {
    return JSON.parse(r.value) as T;
  } catch {
    return null;
  }
}

function write(ctx: Ctx, key: string, value: unknown): void {
  const s = ctx.store;
  if (value === null) s.run(s.db.deleteFrom('settings').where('key', '=', key));
  else {
    s.run(s.db.insertInto('settings').values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') })));
  }
}

/** The stamp size the office set, or null (the default applies). */
export function stampSize(ctx: Ctx): StampSizeMm | null {
  return read<StampSizeMm>(ctx, 'stamp.size');
}

/** Sets (or with null, resets) the stamp size. */
export function setStampSize(ctx: Ctx, size: StampSizeMm | null): void {
  write(ctx, 'stamp.size', size);
}

function attachmentExists(ctx: Ctx, attachmentId: number): void {
  const s = ctx.store;
  if (!s.first(s.db.selectFrom('in_attachments').select('id').where('id', '=', attachmentId))) {
    throw new RegistryError('not-found', `Không có tệp đính kèm mã ${attachmentId}.`);
  }
}

/** The place the clerk chose for the stamp on an attachment, or null (found automatically). */
export function stampPlace(ctx: Ctx, attachmentId: number): StampPlaceMm | null {
  return read<StampPlaceMm>(ctx, `stamp.place.${attachmentId}`);
}

/** Keeps (or with null, forgets) the place of the stamp on an attachment. */
export function setStampPlace(ctx: Ctx, attachmentId: number, place: StampPlaceMm | null): void {
  attachmentExists(ctx, attachmentId);
  write(ctx, `stamp.place.${attachmentId}`, place);
}
