/** `vanthu registry in …`: add an incoming document (with attachments), list, stamp, set its status. */
import type { RegistryService } from '../service';
import type { InEntry, InInput } from '../types';
import { choice } from '../../cli/inputs';
import { INCOMING_STATUSES } from '../../../common/rules/incoming-status';
import { CommandError, date, int, need, readJson, yearOption, type Args } from './args';

/** One register line for the terminal. */
export function inLine(e: InEntry): string {
  const due = e.deadline ? ` — hạn ${e.deadline}` : '';
  return `[${e.id}] Số đến ${e.serial}/${e.year}  ${e.receivedDate}  ${e.sender}${e.senderNumber ? ` ${e.senderNumber}` : ''}: ${e.summary} (${e.status}${due})`;
}

/** Runs an `in` subcommand. */
export async function inCommand(reg: RegistryService, a: Args): Promise<string> {
  const [sub, arg] = a.positionals;
  switch (sub) {
    case 'add': {
      const input = readJson(need(arg, 'tệp văn bản đến (JSON)'), 'tệp văn bản đến');
      if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new CommandError('Tệp văn bản đến phải là một đối tượng JSON.');
      const e = reg.addIncoming(input as InInput, a.attach ?? []);
      return a.json ? JSON.stringify(e, null, 2) : `Đã vào sổ: số đến ${e.serial} (${e.year}), ${e.attachments.length} tệp đính kèm.`;
    }
    case 'list': {
      const rows = reg.listIncoming({ overdue: a.overdue, year: yearOption(a.year, 'Năm (--year)'), from: date(a.from, 'Ngày bắt đầu (--from)'), to: date(a.to, 'Ngày kết thúc (--to)') });
      if (a.json) return JSON.stringify(rows, null, 2);
      if (!rows.length) return a.overdue ? 'Không có văn bản đến nào quá hạn.' : 'Sổ văn bản đến chưa có mục nào.';
      return rows.map(inLine).join('\n');
    }
    case 'stamp': {
      const s = reg.stamp(need(int(arg, 'Mã văn bản đến'), 'mã văn bản đến'));
      return a.json ? JSON.stringify(s, null, 2) : s.lines.join('\n');
    }
    case 'status': {
      const id = need(int(arg, 'Mã văn bản đến'), 'mã văn bản đến');
      const status = choice(need(a.positionals[2] ?? a.status, `trạng thái (${INCOMING_STATUSES.join(', ')})`), INCOMING_STATUSES, 'Trạng thái');
      const e = reg.updateIncoming(id, { status }, a.reason ?? '');
      return `Văn bản đến số ${e.serial}/${e.year}: ${e.status}.`;
    }
    default:
      throw new CommandError(`Không có lệnh "in ${sub ?? ''}" (add, list, stamp, status).`);
  }
}
