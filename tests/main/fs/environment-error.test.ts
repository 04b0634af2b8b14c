/** main/fs: problems of the user's environment told in Vietnamese, everything else left a bug. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../common/api/errors';
import { describingEnvironment, describingEnvironmentAsync, environmentCode, environmentError } from '../../../main/fs';

const err = (code: string, message = `${code}: raw text /home/an/.local/share/vanthu/vanthu.db`) => Object.assign(new Error(message), { code });

describe('environmentError', () => {
  it.each([
    ['ENOSPC', /ổ đĩa đã đầy/],
    ['SQLITE_FULL', /ổ đĩa đã đầy/],
    ['EROFS', /chỉ cho phép đọc/],
    ['SQLITE_READONLY', /chỉ cho phép đọc/],
    ['SQLITE_READONLY_DIRECTORY', /thư mục chỉ cho phép đọc/],
    ['EACCES', /không có quyền/],
    ['ENOENT', /không tồn tại/],
    ['ENOTDIR', /là tệp chứ không phải thư mục/],
    ['SQLITE_CANTOPEN', /không mở được tệp/],
    ['SQLITE_IOERR_WRITE', /lỗi đọc ghi ổ đĩa/],
  ])('tells %s in Vietnamese, naming the file but not its folder', (code, reason) => {
    const e = environmentError(err(code), 'Không ghi được tệp DOCX', '/home/an/van-ban.docx');
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toMatch(/^Không ghi được tệp DOCX "van-ban\.docx": /);
    expect(e!.message).toMatch(reason);
    expect(e!.message).not.toMatch(/home|raw text|ENO|EROFS|EACCES|SQLITE/);
  });

  it('leaves bugs alone', () => {
    expect(environmentError(new TypeError('x is undefined'), 'Không ghi được')).toBeUndefined();
    expect(environmentError(err('SQLITE_CONSTRAINT_UNIQUE'), 'Không ghi được')).toBeUndefined();
    expect(environmentError(null, 'Không ghi được')).toBeUndefined();
    expect(environmentCode(err('SQLITE_BUSY_SNAPSHOT'))).toBe('SQLITE_BUSY');
  });

  it('rethrows through describingEnvironment (sync and async)', async () => {
    expect(() => describingEnvironment('Không sao lưu được', 'bk.db', () => { throw err('ENOSPC'); })).toThrow(/^Không sao lưu được "bk.db": ổ đĩa đã đầy/);
    expect(() => describingEnvironment('x', undefined, () => { throw new RangeError('bug'); })).toThrow(RangeError);
    await expect(describingEnvironmentAsync('Không in được sổ', undefined, async () => { throw err('EROFS'); })).rejects.toThrow(/^Không in được sổ: ổ đĩa hoặc thư mục chỉ cho phép đọc/);
    expect(await describingEnvironmentAsync('x', undefined, async () => 5)).toBe(5);
  });
});
