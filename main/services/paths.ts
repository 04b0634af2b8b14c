/**
 * The path guard: a path sent by the window is used only when it lies inside one of the allowed
 * folders (after resolving "..", relative forms and symbolic links).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api';

function realish(p: string): string {
  // Resolve links of the longest existing prefix, so a link inside an allowed folder cannot escape.
  let head = p;
  const tail: string[] = [];
  while (!fs.existsSync(head)) {
    const parent = path.dirname(head);
    if (parent === head) return p;
    tail.unshift(path.basename(head));
    head = parent;
  }
  return path.join(fs.realpathSync(head), ...tail);
}

/** Whether `child` is `root` or inside it. */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Resolves `p` (absolute, or relative to the data folder) and returns it when inside an allowed
 * root; throws a Vietnamese 'path-not-allowed' error otherwise.
 */
export function checkPath(p: string, dataDir: string, roots: readonly string[]): string {
  const resolved = realish(path.resolve(dataDir, p));
  const ok = roots.some((r) => {
    const root = realish(path.resolve(r));
    return resolved !== root && isInside(root, resolved);
  });
  if (!ok) {
    throw new UserError(
      'path-not-allowed',
      `Không được phép dùng tệp "${p}": tệp phải nằm trong thư mục dữ liệu của vanthu (tệp đã xuất, bản sao lưu, tệp đã tải lên hoặc tệp lưu kèm sổ đăng ký).`,
    );
  }
  return resolved;
}
