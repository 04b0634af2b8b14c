/**
 * Registering a signed draft in one user action: the next number of its sequence is written into
 * the draft with the date, the DOCX is exported and stored in the data folder, and the register row
 * is written with the file and its SHA-256. The number is taken in the transaction that writes the
 * row: the DOCX is rendered with the number expected, and if another clerk took it meanwhile the
 * transaction refuses, the file is discarded and the next number is tried. With `draftId`, the
 * draft of the drafts table is numbered, dated and locked in that same transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { draftInfo, parseDraft, setNumberAndDate, type Draft } from '../../common/draft/draft';
import { findDocType } from '../../common/rules/doc-types';
import { exportDocx } from '../export/docx/index';
import { getOutBook } from './books';
import type { Ctx } from './context';
import { assertIssuable, markIssued } from './draft-state';
import { check, RegistryError } from './errors';
import { removeStored, storeBytes } from './files';
import { issueReserved, registerNumber } from './outgoing';
import { getOutgoing } from './outgoing-rows';
import { peekSerial, pickBook, resolveSequence } from './sequence';
import { todayIso } from './sql';
import type { OutDetails, OutEntry } from './types';

const ATTEMPTS = 5;

/** Options of registerDocument. */
export interface RegisterDocOptions { bookId?: number; date?: string; reservationId?: number; outPath?: string; draftId?: string }

async function render(draft: Draft, serial: number, date: string): Promise<Uint8Array> {
  try {
    return await exportDocx(setNumberAndDate(draft, serial, date));
  } catch (e) {
    throw new RegistryError('invalid', `Không xuất được DOCX của văn bản: ${(e as Error).message}`);
  }
}

/** Splits the "- Lưu …" line of Nơi nhận off as the register's "Đơn vị, người nhận bản lưu". */
export function splitArchive(lines: string[]): { recipients: string[]; archiveHolder: string } {
  const archive = lines.map((l) => /^-?\s*Lưu:?\s+(.*?)[.,;]?\s*$/u.exec(l)?.[1]).filter(Boolean) as string[];
  return { recipients: lines.filter((l) => !/^-?\s*Lưu:?\s/u.test(l)), archiveHolder: archive.join(', ') };
}

/** Registers a draft (JSON text) and returns its register row. */
export async function registerDocument(ctx: Ctx, draftText: string, opts: RegisterDocOptions = {}): Promise<OutEntry> {
  const parsed = parseDraft(draftText);
  if (!parsed.ok) throw new RegistryError('invalid', parsed.message);
  if (opts.draftId !== undefined) assertIssuable(ctx, opts.draftId);
  const info = draftInfo(parsed.draft);
  const reservation = opts.reservationId !== undefined ? getOutgoing(ctx, opts.reservationId) : null;
  if (opts.reservationId !== undefined && (!reservation || reservation.status !== 'reserved')) {
    throw new RegistryError('not-found', `Không có số giữ chỗ mã ${opts.reservationId}.`);
  }
  const book = reservation ? getOutBook(ctx, reservation.bookId) : pickBook(ctx, opts.bookId, info.issuerCode);
  check(book.issuerCode === info.issuerCode, `Văn bản ký hiệu cơ quan "${info.issuerCode}" không thuộc sổ "${book.name}" (${book.issuerCode}).`);
  check(!reservation || reservation.typeCode === info.typeCode, `Số giữ chỗ ${reservation?.number} là của loại ${reservation?.typeCode}, văn bản là loại ${info.typeCode}.`);
  const type = findDocType(parsed.draft.templateId);
  const { recipients, archiveHolder } = splitArchive(info.recipients);
  const details: OutDetails = {
    typeCode: info.typeCode, typeId: type?.id ?? null, date: reservation?.date ?? opts.date ?? todayIso(),
    summary: [type?.printedName ? type.name : '', info.summary].filter(Boolean).join(' '),
    signer: info.signerName, recipients, archiveHolder, secrecy: info.secrecy, urgency: info.urgency,
  };
  const date = details.date!;
  const year = Number(date.slice(0, 4));
  for (let attempt = 1; ; attempt++) {
    const serial = reservation?.serial ?? peekSerial(ctx, resolveSequence(ctx, book, info.typeCode, date, info.secrecy));
    const bytes = await render(parsed.draft, serial, date);
    const stored = storeBytes(ctx.dataDir, 'di', '.docx', bytes, year);
    const file = { filePath: stored.relPath, sha256: stored.sha256 };
    let entry: OutEntry;
    try {
      entry = ctx.db.transaction(() => {
        const e = reservation ? issueReserved(ctx, reservation.id, details, file) : registerNumber(ctx, book.id, details, file, serial);
        if (opts.draftId !== undefined) markIssued(ctx, opts.draftId, e, setNumberAndDate(parsed.draft, e.serial, e.date));
        return e;
      }).immediate();
    } catch (e) {
      removeStored(ctx.dataDir, stored.relPath);
      if (e instanceof RegistryError && e.code === 'conflict' && !reservation && attempt < ATTEMPTS) continue;
      throw e;
    }
    if (opts.outPath) {
      fs.mkdirSync(path.dirname(path.resolve(opts.outPath)), { recursive: true });
      fs.writeFileSync(opts.outPath, bytes);
    }
    return entry;
  }
}
