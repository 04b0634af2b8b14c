/** Handler of the register import (`registry.importRegister`): preview by default, write when confirmed. */
import { IMPORT_PREVIEW_ROWS } from '../../common/api/domains/register-import';
import { UserError } from '../../common/api';
import type { Handlers } from './context';
import { withRegistry } from './registry';

/** Handlers of the register import operation. */
export const registerImportHandlers: Handlers = {
  'registry.importRegister': ({ file, name, apply, expect }, ctx) => {
    if (apply && !expect) throw new UserError('invalid-input', 'Xem trước sổ trước khi nhập (thiếu dấu xác nhận của bản xem trước).');
    return withRegistry(ctx, async (r) => {
      const report = await r.importFile(file, { apply, expect, name });
      return { ...report, taken: report.taken.slice(0, IMPORT_PREVIEW_ROWS) };
    });
  },
};
