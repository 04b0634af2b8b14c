/** `vanthu registry init | books | term`: creating the registry, books, terms and numbering settings. */
import type { Organisation } from '../../../common/org/organisation';
import type { NumberingScope } from '../../../common/rules/doc-types';
import type { RegistryService } from '../service';
import { choice } from '../../cli/inputs';
import { CommandError, date, lastUsed, need, readJson, typeCode, type Args, outBookId } from './args';

/** Commands handled here. */
export const BOOK_COMMANDS = ['init', 'books', 'term'];

const SCOPE_NAMES: Record<string, string> = { term: 'theo nhiệm kỳ', year: 'theo năm', shared: 'dùng chung mọi loại' };

function scopeArg(s: string | undefined): NumberingScope | undefined {
  if (s === undefined) return undefined;
  return choice(s, Object.keys(SCOPE_NAMES) as NumberingScope[], 'Phạm vi đánh số (--scope)');
}

/** Runs init, books or term. */
export async function bookCommand(reg: RegistryService, command: string, a: Args): Promise<string> {
  const [sub] = a.positionals;
  if (command === 'init') {
    const lines = [`Sổ đăng ký: ${reg.path}`];
    if (a.org) {
      const org = reg.saveOrganisation(readJson(a.org, 'hồ sơ cơ quan') as Organisation);
      const book = reg.listOutBooks().find((b) => b.issuerCode === org.symbol) ?? reg.createOutBook({ issuerCode: org.symbol, name: org.name });
      lines.push(`Cơ quan: ${org.name} (${org.symbol}); sổ văn bản đi mã ${book.id}.`);
      const start = date(a.start, 'Ngày bắt đầu nhiệm kỳ (--start)');
      if (start) lines.push(`Mở nhiệm kỳ ${reg.openTerm(book.id, need(a.term ?? a.name, 'tên nhiệm kỳ (--term)'), start).name} từ ${start}.`);
    }
    return lines.join('\n');
  }
  if (command === 'books') {
    if (sub === 'add') {
      const b = reg.createOutBook({ issuerCode: need(a.issuer, 'ký hiệu cơ quan (--issuer)'), name: need(a.name, 'tên sổ (--name)'), defaultScope: scopeArg(a.scope) ?? null, secretSeparate: a['secret-separate'] });
      return `Đã tạo sổ văn bản đi mã ${b.id}: ${b.name} (${b.issuerCode}).`;
    }
    if (sub === 'scope') {
      const b = reg.setTypeScope(outBookId(reg, a), need(typeCode(a.type, 'Loại văn bản (--type)'), 'ký hiệu loại (--type)'), need(scopeArg(a.scope), 'phạm vi (--scope)'));
      return `Sổ ${b.name}: loại ${a.type} đánh số ${SCOPE_NAMES[a.scope!]}.`;
    }
    if (sub !== undefined) throw new CommandError(`Không có lệnh "books ${sub}" (add, scope).`);
    const out = reg.listOutBooks().map((b) => ({ ...b, terms: reg.listTerms(b.id) }));
    const inBooks = reg.listInBooks();
    if (a.json) return JSON.stringify({ out, in: inBooks }, null, 2);
    const lines = ['Sổ văn bản đi:'];
    for (const b of out) {
      const term = b.terms.find((t) => t.endDate === null);
      const scopes = Object.entries(b.scopes).map(([k, v]) => `${k} ${SCOPE_NAMES[v]}`).join(', ');
      lines.push(`  [${b.id}] ${b.name} (${b.issuerCode})${term ? ` — nhiệm kỳ ${term.name} từ ${term.startDate}` : ' — chưa mở nhiệm kỳ'}${scopes ? `; ${scopes}` : ''}${b.secretSeparate ? '; văn bản mật đánh số riêng' : ''}`);
    }
    lines.push('Sổ văn bản đến:', ...inBooks.map((b) => `  [${b.id}] ${b.name}`));
    return lines.join('\n');
  }
  const id = outBookId(reg, a);
  if (sub === 'open') {
    const t = reg.openTerm(id, need(a.name ?? a.term, 'tên nhiệm kỳ (--name)'), need(date(a.start, 'Ngày bắt đầu (--start)'), 'ngày bắt đầu (--start)'));
    return `Đã mở nhiệm kỳ ${t.name} từ ${t.startDate}; các loại đánh số theo nhiệm kỳ bắt đầu lại từ 01.`;
  }
  if (sub === 'close') {
    const t = reg.closeTerm(id, need(date(a.end, 'Ngày kết thúc (--end)'), 'ngày kết thúc (--end)'));
    return `Đã đóng nhiệm kỳ ${t.name} (${t.startDate} – ${t.endDate}).`;
  }
  if (sub === 'last-used') {
    const last = need(lastUsed(a.last, 'Số cuối cùng đã dùng (--last)'), 'số cuối cùng đã dùng (--last)');
    reg.setLastUsed(id, need(typeCode(a.type, 'Loại văn bản (--type)'), 'ký hiệu loại (--type)'), last, { date: date(a.date, 'Ngày (--date)'), secret: a.secret });
    return `Loại ${a.type}: số cuối cùng đã dùng là ${last}; số tiếp theo là ${last + 1}.`;
  }
  throw new CommandError('Dùng: term open | term close | term last-used.');
}
