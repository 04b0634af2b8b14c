/** `vanthu registry out …`: register a draft, reserve, release, cancel, list. */
import { findDocType } from '../../../common/rules/doc-types';
import type { RegistryService } from '../service';
import type { OutEntry } from '../types';
import { CommandError, int, need, readText, type Args } from './args';

/** One register line for the terminal. */
export function outLine(e: OutEntry): string {
  const extra = e.status === 'cancelled' ? ` — đã hủy: ${e.cancelReason}` : e.status === 'reserved' ? ' — đang giữ số' : '';
  return `[${e.id}] ${e.number}  ${e.date}  ${e.summary}${extra}`;
}

function bookOf(reg: RegistryService, a: Args): number {
  const id = int(a.book, 'Mã sổ (--book)');
  if (id !== undefined) return id;
  const books = reg.listOutBooks();
  if (books.length !== 1) throw new CommandError(books.length ? 'Có nhiều sổ văn bản đi; hãy chọn sổ (--book).' : 'Chưa có sổ văn bản đi nào.');
  return books[0].id;
}

/** Runs an `out` subcommand. */
export async function outCommand(reg: RegistryService, a: Args): Promise<string> {
  const [sub, arg] = a.positionals;
  switch (sub) {
    case 'register': {
      const text = readText(need(arg, 'tệp bản thảo'), 'tệp bản thảo');
      const e = await reg.registerDocument(text, { bookId: int(a.book, 'Mã sổ'), date: a.date, reservationId: int(a.reservation, 'Mã số giữ chỗ'), outPath: a.out });
      return a.json ? JSON.stringify(e, null, 2) : `Đã cấp số ${e.number} ngày ${e.date}${a.out ? `; đã ghi ${a.out}` : ''} (SHA-256 ${e.sha256}).`;
    }
    case 'reserve': {
      const typeCode = need(a.type, 'ký hiệu loại văn bản (--type, ví dụ NQ)');
      const e = reg.reserveNumber(bookOf(reg, a), { typeCode, typeId: findDocType(typeCode)?.id ?? null, date: a.date, summary: a.summary });
      return a.json ? JSON.stringify(e, null, 2) : `Đã giữ số ${e.number} (mã ${e.id}).`;
    }
    case 'release': {
      const r = reg.releaseReservation(need(int(arg, 'Mã số giữ chỗ'), 'mã số giữ chỗ'), need(a.reason, 'lý do (--reason)'));
      return r.returned ? 'Đã trả số giữ chỗ; số này sẽ được cấp cho văn bản tiếp theo.' : `Đã có số cấp sau nên số ${r.entry!.number} được ghi là đã hủy.`;
    }
    case 'cancel': {
      const ref = need(arg, 'số cần hủy (ví dụ 04-NQ/TU)');
      const e = reg.cancelNumber(/^\d+$/.test(ref) ? Number(ref) : ref, need(a.reason, 'lý do hủy số (--reason)'), int(a.book, 'Mã sổ'));
      return `Đã hủy số ${e.number}: ${e.cancelReason}. Số này không bao giờ được cấp lại.`;
    }
    case 'list': {
      const rows = reg.listOutgoing({ bookId: int(a.book, 'Mã sổ'), from: a.from, to: a.to });
      if (a.json) return JSON.stringify(rows, null, 2);
      return rows.length ? rows.map(outLine).join('\n') : 'Sổ văn bản đi chưa có mục nào trong khoảng này.';
    }
    default:
      throw new CommandError(`Không có lệnh "out ${sub ?? ''}" (register, reserve, release, cancel, list).`);
  }
}
