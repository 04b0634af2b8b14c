/** `vanthu registry search | backup | audit | print | import` (restore is run by main/cli/registry.ts without opening the file). */
import fs from 'node:fs';
import path from 'node:path';
import type { RegistryService } from '../service';
import { checkOutputTarget, writeOutputFile } from '../../fs';
import { importReportText } from '../import/report-text';
import { CommandError, date, int, need, searchStatus, typeCode, type Args } from './args';

/** Commands handled here. */
export const ADMIN_COMMANDS = ['search', 'backup', 'restore', 'audit', 'print', 'import'];

const KINDS = ['out', 'in', 'follow-up'] as const;

/** Size of the database with its write-ahead log: the room a backup needs. */
function sizeOf(db: string): number {
  return [db, `${db}-wal`].reduce((n, f) => n + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
}

/** Runs one of ADMIN_COMMANDS. */
export async function adminCommand(reg: RegistryService, command: string, a: Args): Promise<string> {
  const [arg] = a.positionals;
  switch (command) {
    case 'search': {
      const text = a.positionals.join(' ');
      if (!text && !a.overdue && !a.status && !a.from && !a.to) throw new CommandError('Thiếu chữ cần tìm.');
      const hits = reg.search({
        text, bookId: int(a.book, 'Mã sổ (--book)'), typeCode: typeCode(a.type, 'Loại văn bản (--type)'), from: date(a.from, 'Ngày bắt đầu (--from)'),
        to: date(a.to, 'Ngày kết thúc (--to)'), status: searchStatus(a.status), overdue: a.overdue,
      });
      if (a.json) return JSON.stringify(hits, null, 2);
      if (!hits.length) return 'Không tìm thấy văn bản nào.';
      return hits.map((h) => `${h.register === 'out' ? 'Đi ' : 'Đến'} [${h.id}] ${h.number}  ${h.date}  ${h.summary}`).join('\n');
    }
    case 'backup': {
      const dest = need(arg, 'tệp đích của bản sao lưu');
      if (fs.existsSync(dest)) throw new CommandError(`Tệp "${dest}" đã có; chọn tên khác để không ghi đè.`);
      checkOutputTarget(dest, { label: 'Bản sao lưu', inputs: [reg.path], createDir: true, needed: sizeOf(reg.path) });
      return `Đã sao lưu vào ${await reg.backup(dest)}.`;
    }
    case 'audit': {
      if (arg !== 'verify') throw new CommandError('Dùng: audit verify.');
      const v = reg.auditVerify();
      if (!v.ok) throw new CommandError(`${v.message} (đã kiểm ${v.count} mục).`);
      return `Nhật ký nguyên vẹn: ${v.count} mục, chuỗi băm khớp.`;
    }
    case 'print': {
      const kind = need(arg, 'loại sổ (out, in, follow-up)');
      if (!(KINDS as readonly string[]).includes(kind)) throw new CommandError(`Loại sổ "${kind}" không hợp lệ (out, in, follow-up).`);
      const out = need(a.out, 'tệp kết quả (-o so.docx hoặc so.xlsx)');
      const ext = path.extname(out).toLowerCase();
      if (ext !== '.docx' && ext !== '.xlsx') throw new CommandError('Tệp kết quả phải là .docx hoặc .xlsx.');
      const from = need(date(a.from, 'Ngày bắt đầu (--from)'), 'ngày bắt đầu (--from)');
      const to = need(date(a.to, 'Ngày kết thúc (--to)'), 'ngày kết thúc (--to)');
      if (from > to) throw new CommandError('Ngày bắt đầu (--from) phải trước ngày kết thúc (--to).');
      const target = { label: 'Tệp sổ in', inputs: [reg.path], createDir: true };
      checkOutputTarget(out, target);
      const bytes = await reg.printRegister(kind as (typeof KINDS)[number], { from, to, bookId: int(a.book, 'Mã sổ (--book)'), format: ext === '.docx' ? 'docx' : 'xlsx' });
      writeOutputFile(out, bytes, target);
      return `Đã in sổ vào ${out}.`;
    }
    case 'import': {
      const file = need(arg, 'tệp cần nhập (.xlsx hoặc .csv)');
      const r = await reg.importFile(file, { bookId: int(a.book, 'Mã sổ (--book)'), apply: a.apply === true });
      return a.json ? JSON.stringify(r, null, 2) : importReportText(r);
    }
    default:
      throw new CommandError(`Không có lệnh "registry ${command}".`);
  }
}
