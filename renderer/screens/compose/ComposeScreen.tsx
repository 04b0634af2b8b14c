/**
 * Soạn thảo: the home (gallery, drafts, recycle bin) or one open draft in the editor. Opening a
 * draft first asks for its edit lease (the office flow): held, it is editable; held by another
 * window, it opens read-only with who holds it. A save that lost opens the draft again, read-only
 * where the other window still holds it, with the conflict banner.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DraftRecord } from '../../../common/api';
import type { DraftMeta } from '../../../common/api/domains/editor';
import type { EditStart, SaveConflict } from '../../../common/api/domains/office-flow';
import type { Organisation } from '../../../common/org/organisation';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { Notice } from '../Notice';
import { takePendingDraft } from '../desk/open-draft';
import { WINDOW_CLIENT_ID } from '../flow/client';
import { Home } from './Home';
import { Workspace } from './Workspace';
import { WordImportReport } from './WordImportReport';
import './compose.css';

/** The compose section. */
export function ComposeScreen() {
  const busy = useBusy();
  const status = useLoad(() => window.vanthu.settings.status());
  const [open, setOpen] = useState<{ record: DraftRecord; meta: DraftMeta; unsaved?: boolean; edit: EditStart; conflict?: SaveConflict } | null>(null);
  const openDraft = useCallback(async (id: string, opts: { takeOver?: boolean; conflict?: SaveConflict } = {}) => {
    const r = await busy.run('Mở dự thảo', async () => {
      // The lease first: while this window holds it nobody else saves, so the document read next is current.
      const edit = await window.vanthu.drafts.editStart({ id, client: WINDOW_CLIENT_ID, takeOver: opts.takeOver ?? false });
      return { record: await window.vanthu.drafts.get({ id }), meta: await window.vanthu.drafts.meta({ id }), edit, conflict: opts.conflict };
    });
    if (r) setOpen(r);
  }, [busy]);
  const replace = useCallback(async (record: DraftRecord, meta: DraftMeta, unsaved?: boolean) => {
    const edit = await busy.run('Mở dự thảo', () => window.vanthu.drafts.editStart({ id: record.id, client: WINDOW_CLIENT_ID })); // its new revision
    if (edit) setOpen({ record, meta, unsaved, edit });
  }, [busy]);
  useEffect(() => { document.body.classList.toggle('composing', !!open); }, [open]);
  useEffect(() => () => { document.body.classList.remove('composing'); }, []); // another section shows its heading again
  useEffect(() => { const id = takePendingDraft(); if (id) void openDraft(id); }, [openDraft]); // "Mở dự thảo" from search
  const org = status.data?.organisation as Organisation | null | undefined;
  if (status.error) return <Notice kind="error">{status.error}</Notice>;
  if (!org) return status.loading ? null : <Notice>Hãy nhập thông tin cơ quan (Danh mục / Cài đặt) trước khi soạn thảo.</Notice>;
  if (open) {
    return <><WordImportReport key={open.record.id} draftId={open.record.id} /><Workspace key={`${open.record.id}-${open.record.updatedAt}-${open.conflict?.copyId ?? ''}`}
      record={open.record} meta={open.meta} org={org} unsaved={open.unsaved} edit={open.edit} conflict={open.conflict}
      onBack={() => setOpen(null)} onReplace={(record, meta, unsaved) => void replace(record, meta, unsaved)} onOpen={(id, o) => void openDraft(id, o)} /></>;
  }
  return <Home org={org} onOpen={openDraft} />;
}
