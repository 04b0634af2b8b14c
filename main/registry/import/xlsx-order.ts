/**
 * Re-packs an .xlsx in the order exceljs's streaming reader needs: the workbook, its relationships,
 * the shared strings and the styles before any worksheet. Excel (and exceljs) write the worksheets
 * first; the streaming reader then spools each worksheet to a file in the temporary folder and reads
 * it back after the shared strings, which puts a register's contents on disk outside the data folder
 * and fails now and then under load. Re-packed, every worksheet is parsed as it streams by.
 *
 * Only the package's XML parts are kept (pictures and embedded objects are not needed for cells),
 * each inflated with the bounded inflater of the Word reader: a part or a package that inflates past
 * REGISTER_ZIP_LIMITS is refused as a possible zip bomb, with a Vietnamese message naming the file.
 */
import { zipSync } from 'fflate';
import { bytesSource } from '../../docx-in/open/source';
import { inflateEntry, readDirectory } from '../../docx-in/open/zip';
import { RegistryError } from '../errors';

/** Bounds of re-packing a register workbook. */
export const REGISTER_ZIP_LIMITS = {
  /** Largest inflated XML part (a worksheet of 100,000 rows is about 40 MB). */
  maxPartBytes: 96 * 1024 * 1024,
  /** Largest inflated size of all XML parts together. */
  maxTotalBytes: 160 * 1024 * 1024,
} as const;

/** Parts the streaming reader must see before the worksheets, in this order. */
const FIRST_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/** Where a part goes: the listed parts first, then every other XML part in the package's order. */
function rankOf(part: string): number {
  const at = FIRST_PARTS.indexOf(part);
  return at < 0 ? FIRST_PARTS.length : at;
}

const damaged = (name: string) => new RegistryError('invalid',
  `Tệp "${name}" bị hỏng hoặc không trọn vẹn: không mở được như bảng tính Excel (.xlsx). Mở lại tệp gốc trong Excel và lưu thành .xlsx.`);
const tooLarge = (name: string) => new RegistryError('invalid',
  `Tệp "${name}" giải nén ra quá lớn (hơn ${REGISTER_ZIP_LIMITS.maxTotalBytes / 1048576} MB nội dung) hoặc có tỉ lệ nén bất thường: tệp có thể là "bom nén" nên vanthu dừng đọc. Không có gì được ghi vào sổ.`);

/** The workbook's XML parts, re-packed (stored, not compressed) in the order of FIRST_PARTS. */
export function inStreamingOrder(bytes: Uint8Array, name: string): Uint8Array {
  const source = bytesSource(bytes);
  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  try {
    const entries = readDirectory(source, name)
      .filter((entry) => /\.(xml|rels)$/i.test(entry.name))
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => rankOf(a.entry.name) - rankOf(b.entry.name) || a.order - b.order);
    for (const { entry } of entries) {
      const data = inflateEntry(source, entry, name, REGISTER_ZIP_LIMITS.maxPartBytes);
      total += data.length;
      if (total > REGISTER_ZIP_LIMITS.maxTotalBytes) throw tooLarge(name);
      parts[entry.name] = data;
    }
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    if ((e as { code?: string }).code === 'too-large') throw tooLarge(name);
    throw damaged(name);
  }
  return zipSync(parts, { level: 0 });
}
