/// <reference types="vite/client" />
/**
 * The templates bundled into the renderer for the gallery's first-page previews (the same files
 * the main process loads; creating the real draft still goes through `drafts.create`).
 */
import { templateSchema, type Template } from '../../../common/draft/template';

const files = import.meta.glob('../../../templates/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** Bundled templates by id (the organisation file excluded). */
export const BUNDLED: Record<string, Template> = Object.fromEntries(
  Object.entries(files)
    .filter(([f]) => !f.endsWith('organisation.default.json'))
    .flatMap(([, v]) => {
      const r = templateSchema.safeParse(v);
      return r.success ? [[r.data.id, r.data] as const] : [];
    }),
);
