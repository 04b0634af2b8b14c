/** Handlers of the files domain: delegate to the native gateway, when the mode has one. */
import { UserError } from '../../common/api';
import type { Handlers, ServiceContext } from './context';

function gateway(ctx: ServiceContext) {
  if (!ctx.files) throw new UserError('not-available', 'Trong trình duyệt, tệp được tải xuống hoặc tải lên trực tiếp từ trang.');
  return ctx.files;
}

/** Handlers of the files domain. */
export const filesHandlers: Handlers = {
  'files.saveAs': ({ file, name }, ctx) => gateway(ctx).saveAs(file, name),
  'files.open': ({ kind }, ctx) => gateway(ctx).open(kind),
};
