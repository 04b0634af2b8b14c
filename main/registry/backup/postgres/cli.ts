/**
 * `vanthu registry backup --db postgres://… [--out <thư mục>] [--keep N]` and
 * `vanthu registry restore <tệp.dump> --db postgres://…/<cơ sở dữ liệu mới>`: the PostgreSQL
 * backups of ./dump.ts and ./restore.ts from the command line (cron, systemd timers). Exit codes:
 * 0 done, 1 a problem the user or IT can fix (Vietnamese message on stderr), 2 a bug.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, reportFailure } from '../../../cli/errors';
import { boundedInt } from '../../../cli/inputs';
import { RegistryError } from '../../errors';
import { defaultDbPath } from '../../paths';
import { parseStoreLocation } from '../../../store/location';
import { backupPostgres } from './dump';
import { DEFAULT_KEEP } from './rotation';
import { restorePostgres } from './restore';
import { commandOf } from './route';

/** Help for the PostgreSQL backup commands. */
export const POSTGRES_BACKUP_USAGE = `Cách dùng (máy chủ PostgreSQL):
  vanthu registry backup --db postgres://tài-khoản:mật-khẩu@máy-chủ:5432/vanthu [--out <thư mục>] [--keep ${DEFAULT_KEEP}]
      sao lưu bằng pg_dump vào thư mục (mặc định ${defaultPostgresBackupFolder()}), giữ ${DEFAULT_KEEP} bản mới nhất
  vanthu registry restore <tệp.dump> --db postgres://tài-khoản:mật-khẩu@máy-chủ:5432/<cơ sở dữ liệu mới>
      khôi phục vào một cơ sở dữ liệu mới (không bao giờ ghi đè cơ sở dữ liệu đang có), rồi kiểm tra từng bảng`;

/** The default folder of PostgreSQL dumps: `postgres-backups` beside the default registry file. */
export function defaultPostgresBackupFolder(): string {
  return path.join(path.dirname(defaultDbPath()), 'postgres-backups');
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',');
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

/**
 * Stops the running pg_dump / pg_restore when the command is interrupted (Ctrl+C, a cron or systemd
 * timeout's SIGTERM), so the command itself cleans up (no temporary file, no temporary database)
 * and says so. Returns the onStart hook for the tool and the function that removes the handlers.
 */
function stopToolOnSignal(): { onStart: (pid: number) => void; release: () => void } {
  let tool = 0;
  let stopped = false;
  const kill = () => {
    try {
      if (tool) process.kill(tool, 'SIGTERM');
    } catch {
      // Already ended.
    }
  };
  const stop = () => {
    stopped = true;
    kill();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    onStart: (pid) => {
      tool = pid;
      if (stopped) kill();
    },
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** Runs the backup or restore of `argv` (after `registry`); prints the outcome and returns the exit code. */
export async function runPostgresBackupCli(argv: string[]): Promise<number> {
  if (commandOf(argv) === 'move-in') return (await import('../../move-in/cli')).runMoveInCli(argv);
  const signals = stopToolOnSignal();
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { db: { type: 'string' }, out: { type: 'string', short: 'o' }, keep: { type: 'string' } },
    });
    const [command, ...rest] = positionals;
    const url = values.db!;
    parseStoreLocation(url); // the --db rules of every registry command (a malformed URL refused the same way)
    if (command === 'backup') {
      if (rest.length) throw new RegistryError('invalid', `Lệnh sao lưu PostgreSQL không nhận "${rest[0]}": thư mục đích đặt sau --out.\n${POSTGRES_BACKUP_USAGE}`);
      const keep = values.keep === undefined ? DEFAULT_KEEP : boundedInt(values.keep, 'Số bản sao lưu giữ lại (--keep)', 1, 10_000);
      const r = await backupPostgres(url, values.out ?? defaultPostgresBackupFolder(), { keep, createFolder: values.out === undefined, onStart: signals.onStart });
      console.log(`Đã sao lưu cơ sở dữ liệu "${r.manifest.database}" (${r.masked}) vào ${r.file}: ${mb(r.manifest.dumpBytes)} MB, ${r.manifest.tables.length} bảng, ${r.rows} dòng, ${r.manifest.sequences.length} bộ đếm; pg_restore đọc lại được toàn bộ tệp. Mất ${seconds(r.durationMs)} giây.`);
      console.log(`Tệp kê khai (số dòng và mã kiểm tra từng bảng, dùng khi khôi phục): ${r.manifestFile}`);
      if (r.removed.length) console.log(`Đã xóa ${r.removed.length} bản sao lưu cũ (giữ ${keep} bản mới nhất).`);
      for (const w of r.warnings) console.error(w);
      return EXIT.ok;
    }
    if (values.out !== undefined || values.keep !== undefined) throw new RegistryError('invalid', `Lệnh khôi phục không dùng --out hay --keep.\n${POSTGRES_BACKUP_USAGE}`);
    if (rest.length !== 1) throw new RegistryError('invalid', `Lệnh khôi phục cần đúng một tệp sao lưu (.dump).\n${POSTGRES_BACKUP_USAGE}`);
    const r = await restorePostgres(rest[0], url, { onStart: signals.onStart });
    const how = r.verifiedBy === 'manifest'
      ? 'số dòng và mã kiểm tra của từng bảng, giá trị từng bộ đếm khớp với tệp kê khai'
      : 'không có tệp kê khai bên cạnh bản sao lưu: chỉ kiểm tra được danh sách bảng theo mục lục của tệp';
    console.log(`Đã khôi phục ${rest[0]} vào cơ sở dữ liệu mới "${r.database}" (${r.masked}): ${r.tables} bảng, ${r.rows} dòng, ${r.sequences} bộ đếm; ${how}. Mất ${seconds(r.durationMs)} giây.`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof RegistryError) {
      console.error(e.message);
      return EXIT.user;
    }
    return reportFailure(e, 'Không sao lưu hoặc khôi phục được cơ sở dữ liệu PostgreSQL', POSTGRES_BACKUP_USAGE);
  } finally {
    signals.release();
  }
}
