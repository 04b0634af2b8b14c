/** Handler of the registry domain's outgoing list (the desk's handlers are in desk*.ts), calling the registry facade. */
import type { OutgoingRow } from '../../common/api';
import type { OutEntry } from '../registry/index';
import type { Handlers } from './context';
import { withRegistry } from './registry';

/** Register row -> contract row. */
export function outRow(e: OutEntry): OutgoingRow {
  return {
    id: e.id, number: e.number, date: e.date, typeCode: e.typeCode, summary: e.summary,
    signer: e.signer, status: e.status, cancelReason: e.cancelReason,
  };
}

/** Handlers of the registry domain. */
export const registryHandlers: Handlers = {
  'registry.listOutgoing': ({ limit, offset, status }, ctx) =>
    withRegistry(ctx, (r) => {
      const page = r.listOutgoingPage(status ? { status } : {}, { limit, offset });
      return { rows: page.rows.map(outRow), total: page.total };
    }),
};
