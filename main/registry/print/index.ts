/**
 * Printed registers (issue 3 item 8): the outgoing book, the incoming book and the follow-up book of
 * incoming documents, for a period, as landscape A4 DOCX or as XLSX. The registry selects and orders
 * the rows; this module only lays them out.
 */
import type { PrintRow, RegisterKind } from './columns';
import { checkPrintOptions, type PrintOptions } from './format';
import { registerXlsx } from './xlsx';

export * from './columns';
export { periodLine, type PrintOptions } from './format';

/** Output format of a printed register. */
export type PrintFormat = 'docx' | 'xlsx';

/** Raised for unusable arguments; the message is Vietnamese, ready to show to the clerk. */
export class PrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintError';
  }
}

/**
 * Lays out a register. `rows` are printed in the given order (the registry filters them to the
 * period and sorts them); `opts.from`/`opts.to` are ISO dates printed as "Từ ngày … đến ngày …".
 * Returns the file bytes. Throws {@link PrintError} on a bad period or an unknown kind/format.
 */
export async function layOutRegister(
  kind: RegisterKind,
  rows: PrintRow[],
  opts: PrintOptions,
  format: PrintFormat,
): Promise<Uint8Array> {
  if (kind !== 'out' && kind !== 'in' && kind !== 'follow-up') {
    throw new PrintError(`Loại sổ không hợp lệ: "${String(kind)}" (dùng out, in hoặc follow-up).`);
  }
  const problem = checkPrintOptions(opts);
  if (problem) throw new PrintError(problem);
  if (format === 'docx') {
    const { registerDocx } = await import('./docx'); // docx loads when a register is first printed, not with the host
    return registerDocx(kind, rows, opts);
  }
  if (format === 'xlsx') return registerXlsx(kind, rows, opts);
  throw new PrintError(`Định dạng không hỗ trợ: "${String(format)}" (dùng docx hoặc xlsx).`);
}
