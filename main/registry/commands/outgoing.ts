/**
 * `vanthu registry out …`: register a draft, reserve, release, cancel, list. `out register -o FILE`
 * checks FILE can be written (folder, permissions, free space, not the draft) before a number is
 * taken, then copies the registered DOCX there atomically; if that copy still fails, the message
 * says the number WAS given and where the registered file is kept (exit 1, never 2).
 */
import { resolveStored } from '../files';
import path from 'node:path';
import { UserError } from '../../../common/api/errors';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { checkOutputTarget, copyFileAtomic, describingEnvironmentAsync, environmentError, type TargetOptions } from '../../fs';
import { idNumber } from '../../cli/inputs';
import type { RegistryService } from '../service';
import type { OutEntry } from '../types';
import { CommandError, date, int, need, readText, typeCode, type Args, outBookId } from './args';

/** Room checked on the -o disk before numbering, on top of the draft's size (a DOCX is a few tens of KB). */
const REGISTER_ROOM = 256 * 1024;

/** One register line for the terminal. */
export function outLine(e: OutEntry): string {
  const extra = e.status === 'cancelled' ? ` — đã hủy: ${e.cancelReason}` : e.status === 'reserved' ? ' — đang giữ số' : '';
  return `[${e.id}] ${e.number}  ${e.date}  ${e.summary}${extra}`;
}

/**
 * Copies the registered DOCX (stored in the data folder) to the user's -o file. The number is
 * committed: a failure is a CommandError saying so, with the stored file's path.
 */
export function writeRegistered(reg: RegistryService, e: OutEntry, out: string, target: TargetOptions): void {
  const stored = e.filePath ? resolveStored(reg.dataDir, e.filePath) : null;
  try {
    if (!stored) throw Object.assign(new Error('no stored file'), { code: 'ENOENT' });
    copyFileAtomic(stored, out, target);
  } catch (err) {
    const why = environmentError(err, 'không ghi được tệp DOCX', out)?.message.replace(/ Hãy kiểm tra.*$/, '')
      ?? `không ghi được tệp DOCX "${path.basename(out)}".`;
    throw new CommandError(`Đã cấp số ${e.number} ngày ${e.date} và đã vào sổ, nhưng ${why.replace(/\.$/, '')}. `
      + `Bản DOCX đã cấp số được lưu trong thư mục dữ liệu${stored ? `: ${stored}` : ''}; hãy sao chép tệp đó, KHÔNG cấp số lại.`);
  }
}

/** Runs a check made before numbering; its refusal says that no number was used. */
function notNumbered(check: () => unknown): void {
  try {
    check();
  } catch (e) {
    if (e instanceof UserError) throw new CommandError(`${e.message} Chưa cấp số nào.`);
    throw e;
  }
}

/** Runs an `out` subcommand. */
export async function outCommand(reg: RegistryService, a: Args): Promise<string> {
  const [sub, arg] = a.positionals;
  switch (sub) {
    case 'register': {
      const draftFile = need(arg, 'tệp bản thảo');
      const text = readText(draftFile, 'tệp bản thảo');
      const opts = { bookId: int(a.book, 'Mã sổ (--book)'), date: date(a.date, 'Ngày cấp số (--date)'), reservationId: int(a.reservation, 'Mã số giữ chỗ (--reservation)') };
      const target: TargetOptions = { label: 'Tệp DOCX', inputs: [draftFile, reg.path], createDir: true };
      // Before a number is taken: the -o file must be writable, and not the draft.
      if (a.out) notNumbered(() => checkOutputTarget(a.out!, { ...target, needed: REGISTER_ROOM + Buffer.byteLength(text) }));
      // An environment error here (full data folder, SQLITE_FULL) comes before the commit: no number is used.
      const e = await describingEnvironmentAsync('Chưa cấp số vì không ghi được vào sổ đăng ký', undefined, () => reg.registerDocument(text, opts));
      if (a.out) writeRegistered(reg, e, a.out, target);
      return a.json ? JSON.stringify(e, null, 2) : `Đã cấp số ${e.number} ngày ${e.date}${a.out ? `; đã ghi ${a.out}` : ''} (SHA-256 ${e.sha256}).`;
    }
    case 'reserve': {
      const code = need(typeCode(a.type, 'Loại văn bản (--type)'), 'ký hiệu loại văn bản (--type, ví dụ NQ)');
      const typeId = DOC_TYPES.filter((t) => t.code === code).length === 1 ? DOC_TYPES.find((t) => t.code === code)!.id : null;
      const e = reg.reserveNumber(outBookId(reg, a), { typeCode: code, typeId, date: date(a.date, 'Ngày (--date)'), summary: a.summary });
      return a.json ? JSON.stringify(e, null, 2) : `Đã giữ số ${e.number} (mã ${e.id}).`;
    }
    case 'release': {
      const r = reg.releaseReservation(need(int(arg, 'Mã số giữ chỗ'), 'mã số giữ chỗ'), need(a.reason, 'lý do (--reason)'));
      return r.returned ? 'Đã trả số giữ chỗ; số này sẽ được cấp cho văn bản tiếp theo.' : `Đã có số cấp sau nên số ${r.entry!.number} được ghi là đã hủy.`;
    }
    case 'cancel': {
      const ref = need(arg, 'số cần hủy (ví dụ 04-NQ/TU)');
      const e = reg.cancelNumber(/^\d+$/.test(ref) ? idNumber(ref, 'Mã số cần hủy') : ref, need(a.reason, 'lý do hủy số (--reason)'), int(a.book, 'Mã sổ (--book)'));
      return `Đã hủy số ${e.number}: ${e.cancelReason}. Số này không bao giờ được cấp lại.`;
    }
    case 'list': {
      const rows = reg.listOutgoing({ bookId: int(a.book, 'Mã sổ (--book)'), from: date(a.from, 'Ngày bắt đầu (--from)'), to: date(a.to, 'Ngày kết thúc (--to)') });
      if (a.json) return JSON.stringify(rows, null, 2);
      return rows.length ? rows.map(outLine).join('\n') : 'Sổ văn bản đi chưa có mục nào trong khoảng này.';
    }
    default:
      throw new CommandError(`Không có lệnh "out ${sub ?? ''}" (register, reserve, release, cancel, list).`);
  }
}
