/** Runs the `vanthu` command in this process and captures what it prints (faster than spawning). */
import { vi } from 'vitest';
import { main } from '../../../main/cli/index';

/** Exit code, stdout and stderr of one `vanthu …` run. */
export interface Run { status: number; stdout: string; stderr: string }

/** Runs `vanthu <argv…>` in-process. */
export async function vanthu(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const status = await main(argv);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    warn.mockRestore();
  }
}

/** What a message meant for the user must not contain: raw Node or SQLite text, a stack, English. */
export const RAW = /ENOSPC|EROFS|EACCES|ENOENT|ENOTDIR|SQLITE_|Lỗi nội bộ|at .*\.ts:\d+|Unknown option|Too big|Invalid/;
