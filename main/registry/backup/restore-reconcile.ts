/**
 * After a restore, numbers given after the backup was taken must never be given again (issue #10,
 * finding 14). Before the live register is replaced, its outgoing rows that the backup does not
 * hold — and the stored DOCX files of the data folder no row refers to — are written into the
 * restored copy as cancelled numbers ("Sau khôi phục: …"), linked to their DOCX, in one audited
 * transaction. The gap stays visible in the register and the next number follows them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { formatNumber } from '../../../common/rules/number';
import { appendAudit } from '../audit/log';
import { findOutBook } from '../outgoing/books';
import type { Ctx } from '../context';
import type { Db } from '../db';
import { sha256 } from '../files';
import { outSearchText } from '../outgoing/rows';
import { resolveSequence } from '../outgoing/sequence';
import { nowIso, stmt } from '../sql';

/** A number to keep as cancelled in the restored register. */
export interface LaterNumber {
  issuerCode: string; seqCode: string; period: string; serial: number; number: string; typeCode: string; typeId: string | null;
  termId: number | null; date: string; summary: string; signer: string; filePath: string | null; sha256: string | null; from: 'sổ' | 'tệp';
}

/** Outgoing rows of the live register, as numbers (every status: a cancelled number is never reused either). */
export function liveNumbers(live: Db): LaterNumber[] {
  return (live.prepare(`SELECT b.issuer_code, e.* FROM out_entries e JOIN out_books b ON b.id = e.book_id ORDER BY e.id`).all() as Record<string, never>[])
    .map((r) => ({
      issuerCode: r.issuer_code, seqCode: r.seq_code, period: r.period, serial: r.serial, number: r.number, typeCode: r.type_code,
      typeId: r.type_id, termId: r.term_id, date: r.doc_date, summary: r.summary, signer: r.signer, filePath: r.file_path, sha256: r.sha256, from: 'sổ',
    }));
}

function storedDocx(dataDir: string): string[] {
  const root = path.join(dataDir, 'di');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.toLowerCase().endsWith('.docx'))
    .map((f) => path.posix.join('di', f.split(path.sep).join('/')));
}

/** Number, type, issuer and date printed in a stored DOCX, or null. */
function readNumberOf(file: string): { serial: number; typeCode: string; issuerCode: string; date: string } | null {
  try {
    const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, ' ');
    const n = /Số\s+(\d{1,6})-([A-Za-zĐđ]{1,8})\/([A-Za-zĐđ]{1,12})/u.exec(text);
    const d = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
    if (!n || !d) return null;
    const date = `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`;
    return { serial: Number(n[1]), typeCode: n[2], issuerCode: n[3], date };
  } catch {
    return null;
  }
}

/**
 * Writes into the restored register (`ctx`, already the restored copy) every number of `later`
 * (plus numbers printed in stored DOCX files no row refers to) it does not hold, as cancelled.
 * Returns the numbers written.
 */
export function keepLaterNumbers(ctx: Ctx, later: LaterNumber[]): string[] {
  const db = ctx.db;
  const referenced = new Set((db.prepare('SELECT file_path FROM out_entries WHERE file_path IS NOT NULL').pluck().all() as string[]));
  for (const n of later) if (n.filePath) referenced.add(n.filePath);
  const fromFiles: LaterNumber[] = [];
  for (const rel of storedDocx(ctx.dataDir)) {
    if (referenced.has(rel)) continue;
    const found = readNumberOf(path.join(ctx.dataDir, rel));
    const book = found && findOutBook(ctx, found.issuerCode);
    if (!found || !book) continue;
    let seq;
    try {
      seq = resolveSequence(ctx, book, found.typeCode, found.date);
    } catch {
      continue;
    }
    fromFiles.push({
      issuerCode: found.issuerCode, seqCode: seq.seqCode, period: seq.period, serial: found.serial, typeCode: found.typeCode, typeId: null,
      number: formatNumber(found), termId: seq.termId, date: found.date, summary: '', signer: '', filePath: rel,
      sha256: sha256(fs.readFileSync(path.join(ctx.dataDir, rel))), from: 'tệp',
    });
  }
  const written: string[] = [];
  db.transaction(() => {
    const all = [...later, ...fromFiles].sort((a, b) => `${a.issuerCode}\u0000${a.seqCode}\u0000${a.period}`.localeCompare(`${b.issuerCode}\u0000${b.seqCode}\u0000${b.period}`) || a.serial - b.serial);
    for (const n of all) {
      const book = findOutBook(ctx, n.issuerCode);
      if (!book) continue;
      const held = stmt(db, 'SELECT 1 FROM out_entries WHERE book_id = ? AND seq_code = ? AND period = ? AND serial = ?').get(book.id, n.seqCode, n.period, n.serial);
      if (held) continue;
      const term = n.termId !== null && stmt(db, 'SELECT 1 FROM terms WHERE id = ?').get(n.termId) ? n.termId : null;
      const reason = `Sau khôi phục: số này đã được cấp sau thời điểm của bản sao lưu${n.from === 'tệp' ? ' (tìm thấy qua tệp DOCX đã lưu)' : ''}; giữ trong sổ dưới dạng số đã hủy để không cấp lại.`;
      const row = { number: n.number, typeCode: n.typeCode, typeId: n.typeId, summary: n.summary, signer: n.signer, recipients: [], secrecy: '', urgency: '', draftingUnit: '', notes: '', cancelReason: reason };
      const id = Number(stmt(db, `INSERT INTO out_entries (book_id, seq_code, period, serial, number, type_code, type_id, term_id, doc_date,
        summary, signer, status, cancel_reason, file_path, sha256, search_text, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'cancelled', ?, ?, ?, ?, ?)`).run(book.id, n.seqCode, n.period, n.serial, n.number, n.typeCode,
        n.typeId, term, n.date, n.summary, n.signer, reason, n.filePath, n.sha256, outSearchText(row), nowIso()).lastInsertRowid);
      appendAudit(db, { user: ctx.user, action: 'out.restore-gap', entity: 'out_entry', entityId: id, after: { number: n.number, reason, filePath: n.filePath } });
      written.push(n.number);
    }
  }).immediate();
  return written;
}
