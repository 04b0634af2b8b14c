/**
 * Registering a signed draft in one user action: the next number of its sequence is written into
 * the draft with the date, the DOCX is exported, checked and stored in the data folder, and the
 * register row is written with the file and its SHA-256. The DOCX is rendered (and checked
 * well-formed) with the number expected before any number is taken, so a draft that cannot be
 * exported uses no number and leaves no file. The number is then read again inside one store
 * transaction (BEGIN IMMEDIATE on SQLite, the sequence's row locked on PostgreSQL) that stores the
 * file and writes the row: if another clerk took the number meanwhile, the rendered package is renumbered there (synchronously, see renumberPackage) instead
 * of failing. With `draftId`, the draft of the drafts table is numbered, dated and locked in that
 * same transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { draftInfo, parseDraft, setNumberAndDate, type Draft } from '../../../common/draft/draft';
import { findDocType } from '../../../common/rules/doc-types';
import { describeBlockers, issueBlockers } from '../../../common/rules/issue-gate';
import { formatNumberLine } from '../../../common/rules/number';
import { profileOfDraft } from '../../../common/draft/profile';
import { renumberPackage } from '../../export/docx/renumber';
import { assertWellFormedPackage } from '../../export/docx/well-formed-package';
import { getOutBook } from './books';
import type { Ctx } from '../context';
import { assertIssuable, markIssued } from '../drafts/state';
import { check, RegistryError } from '../errors';
import { removeStored, storeBytes, type Stored } from '../files';
import { issueReserved, registerNumber } from './outgoing';
import { getOutgoing } from './rows';
import { lockSequence } from './lock';
import { peekSerial, pickBook, resolveSequence } from './sequence';
import { todayIso } from '../sql';
import type { OutDetails, OutEntry } from '../types';

/**
 * How long registering keeps trying when the package cannot be renumbered in place (another clerk
 * took the number and the number line is not unique in the document): bounded by time, not by count.
 */
const RETRY_FOR_MS = 60_000;

/** Thrown inside the transaction when the rendered package has to be rendered again. */
class RenderAgain extends Error {}

/** Options of registerDocument. */
export interface RegisterDocOptions { bookId?: number; date?: string; reservationId?: number; outPath?: string; draftId?: string }

async function render(draft: Draft, serial: number, date: string): Promise<Uint8Array> {
  try {
    const { exportDocx } = await import('../../export/docx/index'); // the exporter (docx, saxes) loads when first used, not with the host
    return await exportDocx(setNumberAndDate(draft, serial, date));
  } catch (e) {
    throw new RegistryError('invalid', `Không xuất được DOCX của văn bản, chưa cấp số: ${(e as Error).message}`);
  }
}

/** Splits the "- Lưu …" line of Nơi nhận (`prefix`: the profile's archivePrefix) off as the register's "Đơn vị, người nhận bản lưu". */
export function splitArchive(lines: string[], prefix: string): { recipients: string[]; archiveHolder: string } {
  const word = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const holder = new RegExp(`^-?\\s*${word}:?\\s+(.*?)[.,;]?\\s*$`, 'u');
  const archive = lines.map((l) => holder.exec(l)?.[1]).filter(Boolean) as string[];
  return { recipients: lines.filter((l) => !holder.test(l)), archiveHolder: archive.join(', ') };
}

/** Registers a draft (JSON text) and returns its register row. */
export async function registerDocument(ctx: Ctx, draftText: string, opts: RegisterDocOptions = {}): Promise<OutEntry> {
  const parsed = parseDraft(draftText);
  if (!parsed.ok) throw new RegistryError('invalid', parsed.message);
  const blockers = issueBlockers(parsed.draft); // template blanks, fields over their limits, any error of the check
  if (blockers.length) throw new RegistryError('invalid', describeBlockers('Cấp số', blockers));
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
  const { recipients, archiveHolder } = splitArchive(info.recipients, profileOfDraft(parsed.draft).wording.archivePrefix);
  const details: OutDetails = {
    typeCode: info.typeCode, typeId: type?.id ?? null, date: reservation?.date ?? opts.date ?? todayIso(),
    summary: [type?.printedName ? type.name : '', info.summary].filter(Boolean).join(' '),
    signer: info.signerName, recipients, archiveHolder, secrecy: info.secrecy, urgency: info.urgency,
  };
  const date = details.date!;
  const year = Number(date.slice(0, 4));
  const numberLine = (serial: number) => formatNumberLine(profileOfDraft(setNumberAndDate(parsed.draft, serial, date)).wording.numberPrefix, info.typeCode, info.issuerCode, serial);
  const started = Date.now();
  for (;;) {
    const expected = reservation?.serial ?? peekSerial(ctx, resolveSequence(ctx, book, info.typeCode, date, info.secrecy));
    const rendered = await render(parsed.draft, expected, date);
    let stored: Stored | undefined;
    let result: { entry: OutEntry; bytes: Uint8Array };
    try {
      result = ctx.store.transaction(() => {
        let serial = reservation?.serial;
        if (serial === undefined) {
          const seq = resolveSequence(ctx, book, info.typeCode, date, info.secrecy);
          lockSequence(ctx, book.id, seq);
          serial = peekSerial(ctx, seq);
        }
        let bytes = rendered;
        if (serial !== expected) {
          const renumbered = renumberPackage(rendered, numberLine(expected), numberLine(serial));
          if (!renumbered) throw new RenderAgain();
          assertWellFormedPackage(renumbered);
          bytes = renumbered;
        }
        stored = storeBytes(ctx.dataDir, 'di', '.docx', bytes, year);
        const file = { filePath: stored.relPath, sha256: stored.sha256 };
        const e = reservation ? issueReserved(ctx, reservation.id, details, file) : registerNumber(ctx, book.id, details, file, serial);
        if (opts.draftId !== undefined) markIssued(ctx, opts.draftId, e, setNumberAndDate(parsed.draft, e.serial, e.date));
        return { entry: e, bytes };
      });
    } catch (e) {
      if (stored) removeStored(ctx.dataDir, stored.relPath);
      const again = e instanceof RenderAgain || (e instanceof RegistryError && e.code === 'conflict' && !reservation);
      if (again && Date.now() - started < RETRY_FOR_MS) continue;
      if (e instanceof RenderAgain) throw new RegistryError('conflict', 'Sổ đang có nhiều người cấp số cùng lúc; chưa cấp được số cho văn bản này, hãy thử lại.');
      throw e;
    }
    if (opts.outPath) {
      fs.mkdirSync(path.dirname(path.resolve(opts.outPath)), { recursive: true });
      fs.writeFileSync(opts.outPath, result.bytes);
    }
    return result.entry;
  }
}
