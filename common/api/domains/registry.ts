/** Contract of the `registry` domain: the outgoing register's list (the desk's operations are in desk*.ts). */
import * as z from 'zod';
import { limit, offset } from '../fields';
import { op } from '../op';
import { OUTGOING_STATUSES, type OutgoingStatus } from '../../rules/outgoing-status';

/** One row of the outgoing register. */
export interface OutgoingRow {
  id: number;
  /** "04-NQ/TU". */
  number: string;
  /** yyyy-mm-dd. */
  date: string;
  typeCode: string;
  summary: string;
  signer: string;
  status: OutgoingStatus;
  cancelReason: string | null;
}

/** A page of rows. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/** Operations of the registry domain. */
export const registryOps = {
  'registry.listOutgoing': op<Page<OutgoingRow>>()({
    input: z.strictObject({ limit, offset, status: z.enum(OUTGOING_STATUSES).optional() }),
    label: 'Đọc sổ văn bản đi',
  }),
};
