/**
 * The received stamp (dấu "VĂN BẢN ĐẾN", spec §5.1): receiving body, heading, Số, Ngày (short
 * form 10/3/21), Chuyển, Lưu hồ sơ số — every field filled, dotted where still blank.
 */
import { stampDate } from '../../../common/rules/date-line';
import { stampLines } from '../../stamp/lines';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { getOrganisation } from '../organisations';
import type { InEntry, StampFields } from '../types';
import { getIncoming } from './rows';

const BLANK = '.....';

/** The stamp fields of an incoming entry; `bodyLines` are the receiving body's name lines (upper case). */
export function stampFields(entry: Pick<InEntry, 'serial' | 'receivedDate' | 'routedTo' | 'fileRef'>, bodyLines: string[] = []): StampFields {
  const number = String(entry.serial);
  const date = stampDate(entry.receivedDate);
  const routedTo = entry.routedTo || BLANK;
  const fileRef = entry.fileRef || BLANK;
  const heading = 'VĂN BẢN ĐẾN';
  const fields = { bodyLines, heading, number, date, routedTo, fileRef };
  return { ...fields, lines: stampLines(fields) };
}

/** The stamp of incoming entry `id`, with the receiving body of the registry's organisation. */
export function stampOfEntry(ctx: Ctx, id: number): StampFields {
  const e = getIncoming(ctx, id);
  if (!e) throw new RegistryError('not-found', `Không có văn bản đến mã ${id}.`);
  const org = getOrganisation(ctx);
  return stampFields(e, org ? [org.superior, org.name].filter(Boolean) : []);
}
