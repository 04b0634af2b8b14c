/**
 * `vanthu registry move-in <tệp.db | bản-sao-lưu.db> --db postgres://… [--tep <thư mục tệp>]
 * [--khoa <audit.key>] [--data-dir <thư mục>]`: moves a single-seat registry into the office
 * server's empty PostgreSQL registry (./index.ts) and prints the Vietnamese summary. Exit codes:
 * 0 moved and verified; 1 refused or a problem the user or IT can fix (Vietnamese message on
 * stderr, nothing written); 2 a bug of vanthu (the two schemas differ by a column).
 */
import { parseArgs } from 'node:util';
import { EXIT, reportFailure } from '../../cli/errors';
import { RegistryError } from '../errors';
import { moveIn, MoveInSchemaError, moveInSummary } from './index';

/** Help of the command. */
export const MOVE_IN_USAGE = `Cách dùng: vanthu registry move-in <tệp.db | bản-sao-lưu.db> --db postgres://tài-khoản@máy-chủ:5432/tên-csdl
    [--tep <thư mục tệp của sổ>] [--khoa <tệp audit.key>] [--data-dir <thư mục dữ liệu của máy chủ>]
  Chuyển sổ đăng ký một máy (tệp SQLite hoặc bản sao lưu) vào sổ TRỐNG trên máy chủ PostgreSQL:
  số, dự thảo, tệp đính kèm và nhật ký giữ nguyên, kiểm tra lại sau khi chuyển.`;

/** Runs the command (`argv` after `registry`); returns the exit code. */
export async function runMoveInCli(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { db: { type: 'string' }, tep: { type: 'string' }, khoa: { type: 'string' }, 'data-dir': { type: 'string' }, user: { type: 'string' } },
    });
    const [, ...rest] = positionals;
    if (rest.length !== 1) throw new RegistryError('invalid', `Lệnh move-in cần đúng một tệp sổ đăng ký hoặc bản sao lưu.\n${MOVE_IN_USAGE}`);
    if (!values.db) throw new RegistryError('invalid', `Thiếu --db: địa chỉ máy chủ PostgreSQL sẽ nhận sổ.\n${MOVE_IN_USAGE}`);
    const r = await moveIn(rest[0], values.db, { filesDir: values.tep, keyFile: values.khoa, dataDir: values['data-dir'], user: values.user });
    console.log(moveInSummary(r));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof RegistryError) {
      console.error(e.message);
      return EXIT.user;
    }
    if (e instanceof MoveInSchemaError) {
      console.error(e.message);
      return EXIT.internal;
    }
    return reportFailure(e, 'Không chuyển được sổ đăng ký vào máy chủ', MOVE_IN_USAGE);
  }
}
