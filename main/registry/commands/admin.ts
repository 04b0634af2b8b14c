/** `vanthu registry search | backup | audit | print | import` (restore is run by main/cli/registry.ts without opening the file). */
import fs from 'node:fs';
import path from 'node:path';
import type { RegistryService } from '../service';
import { CommandError, int, need, type Args } from './args';

/** Commands handled here. */
export const ADMIN_COMMANDS = ['search', 'backup', 'restore', 'audit', 'print', 'import'];

const KINDS = ['out', 'in', 'follow-up'] as const;

/** Runs one of ADMIN_COMMANDS. */
export async function adminCommand(reg: RegistryService, command: string, a: Args): Promise<string> {
  const [arg] = a.positionals;
  switch (command) {
    case 'search': {
      const text = a.positionals.join(' ');
      if (!text && !a.overdue && !a.status && !a.from && !a.to) throw new CommandError('Thiếu chữ cần tìm.');
      const hits = reg.search({ text, bookId: int(a.book, 'Mã sổ'), typeCode: a.type, from: a.from, to: a.to, status: a.status, overdue: a.overdue });
      if (a.json) return JSON.stringify(hits, null, 2);
      if (!hits.length) return 'Không tìm thấy văn bản nào.';
      return hits.map((h) => `${h.register === 'out' ? 'Đi ' : 'Đến'} [${h.id}] ${h.number}  ${h.date}  ${h.summary}`).join('\n');
    }
    case 'backup':
      return `Đã sao lưu vào ${await reg.backup(need(arg, 'tệp đích của bản sao lưu'))}.`;
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
      const bytes = await reg.printRegister(kind as (typeof KINDS)[number], {
        from: need(a.from, 'ngày bắt đầu (--from)'), to: need(a.to, 'ngày kết thúc (--to)'), bookId: int(a.book, 'Mã sổ'), format: ext === '.docx' ? 'docx' : 'xlsx',
      });
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, bytes);
      return `Đã in sổ vào ${out}.`;
    }
    case 'import': {
      const r = await reg.importFile(need(arg, 'tệp cần nhập (.xlsx hoặc .csv)'), { bookId: int(a.book, 'Mã sổ') });
      if (a.json) return JSON.stringify(r, null, 2);
      const lines = [`Nhập sổ ${r.register === 'out' ? 'văn bản đi' : 'văn bản đến'}: nhận ${r.taken.length} dòng, từ chối ${r.refused.length} dòng.`];
      for (const t of r.taken) lines.push(`  Dòng ${t.row}: đã nhận ${t.number}`);
      for (const f of r.refused) lines.push(`  Dòng ${f.row}: từ chối — ${f.reason}`);
      return lines.join('\n');
    }
    default:
      throw new CommandError(`Không có lệnh "registry ${command}".`);
  }
}
