/**
 * Printing a register for a period: selects and orders the rows, maps them (./rows.ts) and
 * hands them to the print module (main/registry/print), which lays out DOCX or XLSX.
 */
import { layOutRegister } from './index';
import { getOutBook } from '../outgoing/books';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { listInBooks } from '../incoming/books';
import { IN_BOOK_NAMES } from '../incoming/books';
import { listIncoming } from '../incoming/rows';
import { listOutgoing } from '../outgoing/rows';
import { getOrganisation } from '../organisations';
import { followUpRow, incomingRow, outgoingRow } from './rows';
import type { PrintRequest } from '../service';
import { isIsoDate } from '../sql';

/** Renders the outgoing, incoming or follow-up book for `opts.from`..`opts.to`. */
export async function printRegister(ctx: Ctx, kind: 'out' | 'in' | 'follow-up', opts: PrintRequest): Promise<Uint8Array> {
  check(isIsoDate(opts.from) && isIsoDate(opts.to), 'Khoảng thời gian in sổ phải có dạng yyyy-mm-dd (--from, --to).');
  const org = getOrganisation(ctx);
  let rows;
  let bookName: string;
  if (kind === 'out') {
    const book = opts.bookId !== undefined ? getOutBook(ctx, opts.bookId) : null;
    rows = listOutgoing(ctx, { bookId: opts.bookId, from: opts.from, to: opts.to }).map(outgoingRow);
    bookName = book ? `Sổ đăng ký văn bản đi — ${book.name}` : 'Sổ đăng ký văn bản đi';
  } else {
    const inBook = opts.bookId !== undefined ? listInBooks(ctx).find((b) => b.id === opts.bookId) : undefined;
    if (opts.bookId !== undefined && !inBook) throw new RegistryError('not-found', `Không có sổ văn bản đến mã ${opts.bookId}.`);
    const entries = listIncoming(ctx, inBook ? { bookId: inBook.id, from: opts.from, to: opts.to } : { kind: 'thuong', from: opts.from, to: opts.to });
    rows = kind === 'in' ? entries.map(incomingRow) : entries.map(followUpRow);
    bookName = inBook?.name ?? IN_BOOK_NAMES.thuong;
  }
  try {
    return await layOutRegister(kind, rows, { from: opts.from, to: opts.to, orgName: org?.name ?? '', bookName }, opts.format);
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    throw new RegistryError('invalid', (e as Error).message);
  }
}
