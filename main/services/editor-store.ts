/**
 * What the editor's handlers read and write besides the draft record: the workflow state of a
 * draft (Trình ký, issued, files produced) from its database row, and the folder of its exports.
 * Versions and the recycle bin are tables of the registry (main/registry/drafts/versions.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DraftMeta } from '../../common/api/domains/editor';
import type { ProducedFile } from '../../common/api/domains/export';
import type { DraftRow } from '../registry/index';
import { folders, type ServiceContext } from './context';

export { MAX_VERSIONS, VERSION_EVERY_MS } from '../registry/drafts/versions';

/** The workflow state of a draft as the compose screen reads it. */
export function metaOf(row: DraftRow): DraftMeta {
  return {
    id: row.id, status: row.registeredAs ? 'issued' : row.status,
    ...(row.registeredAs ? { registeredAs: row.registeredAs } : {}), ...(row.files ? { files: row.files } : {}),
  };
}

/** A file written to the exports as the contract returns it. */
export function produced(file: string): ProducedFile {
  return { file, name: path.basename(file), size: fs.statSync(file).size };
}

/** `<data>/exports/<id>/`, created. */
export function exportsDirOf(ctx: ServiceContext, id: string): string {
  const dir = path.join(folders(ctx.dataDir).exports, id);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
