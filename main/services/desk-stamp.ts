/**
 * Desk handlers of the received stamp on PDF attachments: the preview of page 1 (an image through
 * pdftoppm, the text boxes, the stamp's place and size), the place the clerk drags it to, the size
 * setting, and the stamped copy (written with writeFileAtomic; the original is never changed).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../common/api';
import type { InDetail, StampPreview } from '../../common/api/domains/desk';
import { ensurePrivateDir } from '../fs';
import type { RegistryService } from '../registry/index';
import {
  DEFAULT_STAMP_SIZE, NO_ROOM_MESSAGE, STAMP_SIZE_SOURCE, findStampPlace, isFree, pageTextBoxes, stampAttachment, FALLBACK_PLACE,
  type StampSize,
} from '../stamp/index';
import { folders, type Handlers, type ServiceContext } from './context';
import { inDetail } from './desk-in';
import { withRegistry } from './registry';

const run = promisify(execFile);
const MM = 72 / 25.4;
/** Said when the clerk's place covers text. */
const COVERS_TEXT = 'Dấu đến ở chỗ này che lên chữ của văn bản; hãy kéo dấu đến chỗ trống hoặc bấm "Đặt lại tự động".';

function pdfAttachment(d: InDetail, attachmentId: number): InDetail['attachments'][number] {
  const a = d.attachments.find((x) => x.id === attachmentId);
  if (!a) throw new UserError('not-found', 'Văn bản đến không có tệp đính kèm này.');
  if (!a.pdf) throw new UserError('invalid-input', 'Chỉ đóng dấu đến lên được tệp PDF; tệp DOCX hãy in dấu riêng.');
  return a;
}

function sizeOf(r: RegistryService): StampSize {
  return r.desk.stampSize() ?? DEFAULT_STAMP_SIZE;
}

function stampDir(ctx: ServiceContext): string {
  return path.join(folders(ctx.dataDir).exports, 'dau-den');
}

/** Page 1 as a PNG (pdftoppm), or '' when pdftoppm is missing or fails. */
async function pageImage(ctx: ServiceContext, pdf: string, attachmentId: number): Promise<string> {
  const dir = path.join(stampDir(ctx), 'xem-truoc');
  ensurePrivateDir(dir);
  const base = path.join(dir, `tep-${attachmentId}`);
  try {
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, base], { timeout: 60_000 });
    return fs.existsSync(`${base}.png`) ? `${base}.png` : '';
  } catch {
    return '';
  }
}

async function preview(ctx: ServiceContext, id: number, attachmentId: number): Promise<StampPreview> {
  const { file, size, chosen } = await withRegistry(ctx, (r) => {
    const a = pdfAttachment(inDetail(r, id), attachmentId);
    return { file: a.file, size: sizeOf(r), chosen: r.desk.stampPlace(attachmentId) };
  });
  const page = await pageTextBoxes(new Uint8Array(fs.readFileSync(file)), 1);
  const found = chosen ? null : findStampPlace(page, size.widthMm, size.heightMm);
  const place = chosen ?? found ?? FALLBACK_PLACE;
  const warning = chosen ? (isFree(page, chosen, size.widthMm, size.heightMm) ? null : COVERS_TEXT) : found ? null : NO_ROOM_MESSAGE;
  const pageH = page.height / MM;
  return {
    image: await pageImage(ctx, file, attachmentId), pageWidthMm: page.width / MM, pageHeightMm: pageH,
    boxes: page.boxes.map((b) => ({ x: b.x0 / MM, y: pageH - b.y1 / MM, w: (b.x1 - b.x0) / MM, h: (b.y1 - b.y0) / MM })),
    place, size, auto: !chosen, sizeSource: STAMP_SIZE_SOURCE, warning,
  };
}

/** Handlers of the desk's stamp operations. */
export const deskStampHandlers: Handlers = {
  'registry.deskStampPreview': ({ id, attachmentId }, ctx) => preview(ctx, id, attachmentId),
  'registry.deskStampPlace': async ({ id, attachmentId, place }, ctx) => {
    await withRegistry(ctx, (r) => (pdfAttachment(inDetail(r, id), attachmentId), r.desk.setStampPlace(attachmentId, place)));
    return preview(ctx, id, attachmentId);
  },
  'registry.deskStampSize': async ({ id, attachmentId, size }, ctx) => {
    await withRegistry(ctx, (r) => r.desk.setStampSize(size));
    return preview(ctx, id, attachmentId);
  },
  'registry.deskStampPdf': async ({ id, attachmentId }, ctx) => {
    const { d, a, size, place } = await withRegistry(ctx, (r) => {
      const det = inDetail(r, id);
      return { d: det, a: pdfAttachment(det, attachmentId), size: sizeOf(r), place: r.desk.stampPlace(attachmentId) };
    });
    const out = await stampAttachment(a.file, d.stamp, stampDir(ctx), `${d.row.year}-${d.row.serial}-${a.name}`, { place, size });
    return { file: out.file, name: path.basename(out.file), warning: out.warning, place: out.place, size: out.size };
  },
};
