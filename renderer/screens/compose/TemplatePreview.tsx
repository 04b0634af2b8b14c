/** The first page of a template for the organisation, drawn by the editor itself, read-only and small. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { createDraft } from '../../../common/draft/create';
import type { Organisation } from '../../../common/org/organisation';
import { createEditor } from '../../editor/editor';
import { adoptPageCss } from '../../editor/pagination/page-css';
import { envOf } from './env';
import { BUNDLED } from './templates';

/** Scale of the preview page. */
export const PREVIEW_SCALE = 0.22;

/** Preview of a template's first page (nothing when the template is not bundled). */
export const TemplatePreview = memo(function TemplatePreview({ id, org }: { id: string; org: Organisation }) {
  const ref = useRef<HTMLDivElement>(null);
  const made = useMemo(() => {
    const t = BUNDLED[id];
    if (!t) return null;
    const draft = createDraft(t, org);
    return { draft, env: envOf(draft, org) };
  }, [id, org]);
  useEffect(() => {
    if (!made || !ref.current) return;
    const h = createEditor(ref.current, { env: made.env, doc: made.draft.doc, issued: true });
    return () => h.destroy();
  }, [made]);
  if (!made) return null;
  const p = made.env.profile.page;
  return (
    <div className="vt-preview" aria-hidden="true" style={{ width: `${p.widthMm * PREVIEW_SCALE}mm`, height: `${p.heightMm * PREVIEW_SCALE}mm` }}>
      <div className="vt-page" data-profile={adoptPageCss(made.env.profile)} style={{ zoom: PREVIEW_SCALE, height: `${p.heightMm}mm`, overflow: 'hidden' }}>
        <div ref={ref} />
      </div>
    </div>
  );
});
