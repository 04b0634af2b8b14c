/** Soạn thảo: the home (gallery, drafts, recycle bin) or one open draft in the editor. */
import { useCallback, useEffect, useState } from 'react';
import type { DraftRecord } from '../../../common/api';
import type { DraftMeta } from '../../../common/api/domains/editor';
import type { Organisation } from '../../../common/org/organisation';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { Notice } from '../Notice';
import { takePendingDraft } from '../desk/open-draft';
import { Home } from './Home';
import { Workspace } from './Workspace';
import { WordImportReport } from './WordImportReport';
import './compose.css';

/** The compose section. */
export function ComposeScreen() {
  const busy = useBusy();
  const status = useLoad(() => window.vanthu.settings.status());
  const [open, setOpen] = useState<{ record: DraftRecord; meta: DraftMeta; unsaved?: boolean } | null>(null);
  const openDraft = useCallback(async (id: string) => {
    const r = await busy.run('Mở dự thảo', async () => ({ record: await window.vanthu.drafts.get({ id }), meta: await window.vanthu.drafts.meta({ id }) }));
    if (r) setOpen(r);
  }, [busy]);
  useEffect(() => { document.body.classList.toggle('composing', !!open); }, [open]);
  useEffect(() => { const id = takePendingDraft(); if (id) void openDraft(id); }, [openDraft]); // "Mở dự thảo" from search
  const org = status.data?.organisation as Organisation | null | undefined;
  if (status.error) return <Notice kind="error">{status.error}</Notice>;
  if (!org) return status.loading ? null : <Notice>Hãy nhập thông tin cơ quan (Danh mục / Cài đặt) trước khi soạn thảo.</Notice>;
  if (open) {
    return <><WordImportReport key={open.record.id} draftId={open.record.id} /><Workspace key={`${open.record.id}-${open.record.updatedAt}`} record={open.record} meta={open.meta} org={org} unsaved={open.unsaved}
      onBack={() => setOpen(null)} onReplace={(record, meta, unsaved) => setOpen({ record, meta, unsaved })} /></>;
  }
  return <Home org={org} onOpen={openDraft} />;
}
