/**
 * One open draft: the toolbar (back, save state, versions, draft DOCX, Trình ký, Cấp số & đăng ký)
 * above the editor with its page view and check panel. A submitted draft (Trình ký) is locked until
 * "Rút lại để sửa"; an issued document opens read-only. Nothing is saved while locked.
 *
 * A failed save is a banner that stays until a save succeeds; leaving the draft then asks first. A
 * recovery copy is restored into the editor as it is (even when it does not validate: the check
 * panel says what to fix), then saved. Ctrl+S saves now and says "Đã lưu"; Ctrl+P prints the exported PDF
 * (print-pdf.ts), or the page view where no PDF can be made.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { DraftRecord } from '../../../common/api';
import type { DraftMeta } from '../../../common/api/domains/editor';
import type { EditStart, SaveConflict } from '../../../common/api/domains/office-flow';
import type { Draft } from '../../../common/draft/draft';
import { partAttrs } from '../../../common/model/parts';
import type { Organisation } from '../../../common/org/organisation';
import type { Finding } from '../../../common/rules/check';
import { useBusy } from '../../app/busy';
import { DocumentEditor } from '../../editor/Editor';
import type { EditorHandle } from '../../editor/editor';
import { EditBanners } from '../flow/EditBanners';
import { FlowBar } from '../flow/FlowBar';
import { WINDOW_CLIENT_ID } from '../flow/client';
import { useEditLease } from '../flow/use-lease';
import { Notice } from '../Notice';
import { pendingRecovery, useAutosave, type EditSession, type SaveState } from './autosave';
import { envOf } from './env';
import { IssuePanel } from './IssuePanel';
import { confirmLeave, useLeaveGuard } from './leave-guard';
import { printDraft, removePrintFrame } from './print-pdf';
import { useDraftShortcuts } from './shortcuts';
import { VersionsPanel } from './VersionsPanel';

/** Props of Workspace. */
export interface WorkspaceProps {
  record: DraftRecord;
  meta: DraftMeta;
  org: Organisation;
  onBack(): void;
  /** Replaces the open record (after restore or issue): the editor is mounted again. */
  onReplace(record: DraftRecord, meta: DraftMeta, unsaved?: boolean): void;
  /** The record holds a document not saved yet (a restored recovery copy): it is saved once open. */
  unsaved?: boolean;
  /** The edit lease and the office flow's state of the draft (read-only unless the lease is held). */
  edit: EditStart;
  /** The conflict of this window's last save, shown as a banner. */
  conflict?: SaveConflict;
  /** Opens a draft again (or its conflict copy); `takeOver` takes the lease from the same user's other window. */
  onOpen(id: string, opts?: { takeOver?: boolean; conflict?: SaveConflict }): void;
}

function saveText(s: SaveState): string {
  if (s.kind === 'saving') return 'Đang lưu…';
  if (s.kind === 'pending') return 'Có thay đổi chưa lưu';
  if (s.kind === 'error') return `Chưa lưu được: ${s.message}`;
  return s.at ? `Đã lưu lúc ${new Date(s.at).toLocaleTimeString('vi-VN')}` : 'Đã lưu';
}

/** The open draft. */
export function Workspace({ record, meta, org, onBack, onReplace, unsaved, edit, conflict, onOpen }: WorkspaceProps) {
  const busy = useBusy();
  const envelope = record.draft as Draft;
  const issued = meta.status === 'issued';
  const locked = meta.status !== 'draft' || !edit.lease.held;
  const lostLease = useEditLease(record.id, edit.lease.held);
  // The version check of every save (the office flow): a save that lost opens the draft again with the conflict.
  const revision = useRef(edit.flow.revision);
  const lastEdit = useRef(edit);
  if (lastEdit.current !== edit) { lastEdit.current = edit; revision.current = edit.flow.revision; } // opened again: its revision now
  const reopen = useRef(onOpen);
  reopen.current = onOpen;
  const session = useMemo<EditSession>(() => ({
    client: WINDOW_CLIENT_ID, revision, onConflict: (c) => reopen.current(record.id, { conflict: c }),
  }), [record.id]);
  // The profile follows the document's date: a date set in the header form may switch HD 36 / HD 05;
  // the editor keeps its view and undo history and only takes the new environment.
  const [env, setEnv] = useState(() => envOf(envelope, org));
  const lastDate = useRef<unknown>(undefined);
  const handle = useRef<EditorHandle | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [panel, setPanel] = useState<'none' | 'versions'>('none');
  const save = useAutosave(record.id, envelope, !locked, session);
  const [title, setTitle] = useState(record.title);
  if (save.state.kind === 'saved' && save.state.title && save.state.title !== title) setTitle(save.state.title);
  const recovery = useMemo(() => (locked ? null : pendingRecovery(record.id, record.updatedAt)), [record, locked]);
  const onChange = useCallback((doc: Node) => {
    save.onChange(doc);
    const date = partAttrs(doc, 'header').date;
    if (date === lastDate.current) return;
    lastDate.current = date;
    const next = envOf({ ...envelope, doc: doc.toJSON() }, org);
    setEnv((cur) => (next.profile.id === cur.profile.id ? cur : next));
  }, [save, envelope, org]);
  const saveNow = useCallback(async (checkpoint = false) => {
    const h = handle.current;
    if (h && !locked) { save.onChange(h.doc()); await save.flush(checkpoint); }
  }, [save, locked]);
  // "Đã lưu" after Ctrl+S, shown until the next change.
  const [saidSaved, setSaidSaved] = useState<string | null>(null);
  const failureRef = useRef<string | null>(null);
  failureRef.current = save.failure;
  useDraftShortcuts({
    save: () => {
      if (locked) { setSaidSaved('Văn bản đang khóa nên không cần lưu.'); return; }
      void saveNow().then(() => {
        if (!failureRef.current) setSaidSaved(`Đã lưu lúc ${new Date().toLocaleTimeString('vi-VN')}`);
      });
    },
    print: () => {
      setSaidSaved('Đang chuẩn bị bản in…');
      void saveNow()
        .then(() => printDraft(record.id))
        .then((way) => setSaidSaved(way === 'pdf' ? 'Đã mở hộp thoại in bản PDF của văn bản.' : 'Đã mở hộp thoại in trang xem trước.'))
        .catch((e: unknown) => setSaidSaved(`Chưa in được: ${(e as Error).message}`));
    },
  });
  useEffect(() => { if (save.state.kind === 'pending' || save.state.kind === 'error') setSaidSaved(null); }, [save.state.kind]);
  useEffect(() => removePrintFrame, []);
  useLeaveGuard(() => !locked && !!failureRef.current);
  const leave = async () => {
    await saveNow();
    if (confirmLeave(!locked && !!failureRef.current)) onBack();
  };

  return (
    <div className="compose-work" data-draft={record.id} data-status={meta.status}>
      <div className="compose-bar">
        <button type="button" className="secondary" onClick={leave}>← Danh sách dự thảo</button>
        <span className="compose-title" title={title}>{title}</span>
        <span className="compose-save" role="status" data-save={save.state.kind}>{issued ? `Đã cấp số ${meta.registeredAs ?? ''}` : saveText(save.state)}</span>
        <button type="button" className="secondary" onClick={() => setPanel(panel === 'versions' ? 'none' : 'versions')}>Lịch sử phiên bản</button>
        <button type="button" className="secondary" onClick={() => busy.run('Xuất DOCX dự thảo', async () => {
          await saveNow();
          const f = await window.vanthu.drafts.exportDraft({ id: record.id });
          return window.vanthu.files.saveAs({ file: f.file, name: f.name });
        })}>Xuất DOCX dự thảo</button>
      </div>
      {save.failure && !locked && (
        <div className="compose-save-failed" role="alert" data-save-failed>
          <strong>Chưa lưu được dự thảo.</strong> {save.failure}{' '}
          {save.retrying ? 'Những gì bạn gõ vẫn được giữ trong cửa sổ này và được lưu ngay khi máy chủ hoạt động lại.' : 'Những gì bạn gõ vẫn được giữ tạm trên máy này; sửa chỗ sai (xem khung Kiểm tra thể thức) để lưu được.'}{' '}
          <button type="button" className="link" onClick={() => void saveNow()}>Thử lưu lại</button>
        </div>
      )}
      {saidSaved && <div className="compose-saved-note" role="status" data-saved-note>{saidSaved}</div>}
      {recovery && !locked && (
        <Notice>
          Có bản sửa chưa kịp lưu từ lần trước.{' '}
          <button type="button" className="link" onClick={() => {
            // Into the editor as it is, even when it does not validate (the check panel says what
            // to fix); the autosave then saves it, or shows why it cannot yet.
            onReplace({ ...record, draft: recovery, updatedAt: new Date().toISOString() }, meta, true);
          }}>Khôi phục bản đó</button>
        </Notice>
      )}
      {panel === 'versions' && (
        <VersionsPanel id={record.id} disabled={locked} onSaveVersion={() => saveNow(true)}
          onRestored={(r) => { setPanel('none'); onReplace(r, meta); }} />
      )}
      <EditBanners edit={edit} conflict={conflict} lostLease={lostLease} onOpen={(id, takeOver) => onOpen(id, { takeOver })} />
      {!issued && <FlowBar edit={edit} errors={findings.filter((f) => f.severity === 'error').length} saveNow={saveNow} onStepped={() => onOpen(record.id)} draft={record} />}
      {(issued || (edit.lease.held && edit.flow.state !== 'pending')) && (
        <IssuePanel record={record} meta={meta} findings={findings} saveNow={saveNow} onIssued={onReplace} />
      )}
      <DocumentEditor key={`${record.id}-${record.updatedAt}`} env={env} doc={envelope.doc} issued={locked}
        lockedNote={issued ? 'Đã ban hành — chỉ xem' : !edit.lease.held ? 'Người khác đang sửa — chỉ xem' : 'Đang khóa — chỉ xem'}
        onChange={onChange} onFindings={setFindings}
        onReady={(h) => { handle.current = h; if (unsaved && !locked) { save.onChange(h.doc()); void save.flush(true); } }} />
    </div>
  );
}
