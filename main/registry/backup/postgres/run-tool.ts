/**
 * Running pg_dump / pg_restore as child processes: arguments never carry a password (the
 * environment of ./url.ts does), stderr is kept (the tools' English text, C locale) and a failure
 * is told in Vietnamese by what it says: server unreachable, login refused, disk full, read-only
 * folder, no permission, killed by a signal.
 */
import { spawn } from 'node:child_process';
import { RegistryError } from '../../errors';
import { authMessage, unreachableMessage } from './server';
import type { BackupTarget } from './url';

/** How a tool ended. */
export interface ToolResult {
  /** Exit code (null when killed). */
  code: number | null;
  /** The signal that killed it, if any. */
  signal: NodeJS.Signals | null;
  /** Its standard output. */
  stdout: string;
  /** Its standard error (at most the last 64 KB). */
  stderr: string;
}

/** Options of runTool. */
export interface RunToolOptions {
  /** Environment of the child (from toolEnvironment). */
  env: NodeJS.ProcessEnv;
  /** Called with the child's process id once it runs (progress display, or to stop it). */
  onStart?: (pid: number) => void;
  /** Keep standard output (pg_restore --list); discarded otherwise. */
  keepStdout?: boolean;
}

const MAX_STDERR = 64 * 1024;

/** Runs `program args…` and resolves when it ends (never rejects for a non-zero exit). */
export function runTool(program: string, args: string[], opts: RunToolOptions): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: opts.env, stdio: ['ignore', opts.keepStdout ? 'pipe' : 'ignore', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => {
      err = (err + b.toString('utf8')).slice(-MAX_STDERR);
    });
    child.once('error', reject);
    child.once('spawn', () => { if (child.pid) opts.onStart?.(child.pid); });
    child.once('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
  });
}

/** The last lines of a tool's stderr, for a message (at most 3 lines). */
export function stderrTail(stderr: string): string {
  return stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
}

/** What the failed tool was doing, for its message. */
export interface FailureContext {
  /** "pg_dump" or "pg_restore". */
  tool: string;
  /** The server it talked to. */
  target: BackupTarget;
  /** Vietnamese: what failed ("Không sao lưu được cơ sở dữ liệu \"vanthu\""). */
  action: string;
  /** Vietnamese: what is left behind ("Không có tệp sao lưu nào được tạo."). */
  aftermath: string;
  /** Vietnamese: the folder the tool wrote to, for a full or read-only disk. */
  folder?: string;
}

/** A Vietnamese RegistryError for a tool that ended badly, by what its stderr says. */
export function toolFailure(r: ToolResult, ctx: FailureContext): RegistryError {
  const e = r.stderr;
  const where = ctx.folder ? ` chứa thư mục "${ctx.folder}"` : '';
  if (r.signal) return new RegistryError('io', `${ctx.action}: ${ctx.tool} bị dừng giữa chừng (tín hiệu ${r.signal}). ${ctx.aftermath} Hãy chạy lại lệnh.`);
  if (/terminated by user/i.test(e)) return new RegistryError('io', `${ctx.action}: ${ctx.tool} bị dừng giữa chừng (lệnh bị ngắt bằng Ctrl+C hoặc SIGTERM). ${ctx.aftermath} Hãy chạy lại lệnh.`);
  if (/No space left on device|Disk quota exceeded/i.test(e)) return new RegistryError('io', `${ctx.action}: ổ đĩa${where} đã đầy. ${ctx.aftermath} Hãy giải phóng dung lượng hoặc chọn thư mục khác rồi thử lại.`);
  if (/Read-only file system/i.test(e)) return new RegistryError('io', `${ctx.action}: ổ đĩa${where} chỉ cho phép đọc. ${ctx.aftermath} Hãy chọn thư mục khác rồi thử lại.`);
  if (/password authentication failed|no pg_hba\.conf entry|FATAL:\s+role ".*" does not exist|no password supplied|fe_sendauth/i.test(e)) {
    return new RegistryError('forbidden', `${ctx.action}. ${authMessage(ctx.target)}`);
  }
  if (/Connection refused|could not translate host name|timeout expired|could not connect to server|server closed the connection|Connection timed out/i.test(e)) {
    return new RegistryError('io', `${ctx.action}. ${unreachableMessage(ctx.target.masked)}`);
  }
  if (/server version mismatch|unsupported version .* in file header/i.test(e)) {
    return new RegistryError('not-implemented', `${ctx.action}: ${ctx.tool} cũ hơn máy chủ hoặc tệp sao lưu (${stderrTail(e)}). Hãy cài gói postgresql-client mới hơn của Debian rồi thử lại.`);
  }
  if (/permission denied/i.test(e)) {
    return new RegistryError('forbidden', `${ctx.action}: tài khoản "${ctx.target.user}" không đủ quyền (${stderrTail(e)}). ${ctx.aftermath}`);
  }
  return new RegistryError('io', `${ctx.action}: ${ctx.tool} báo lỗi (mã ${r.code}): ${stderrTail(e) || 'không có thông báo'}. ${ctx.aftermath}`);
}
