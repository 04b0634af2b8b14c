/**
 * The start of Soạn thảo: the drafts list first (what a clerk goes back to most), with search, open,
 * duplicate and delete to the recycle bin, and the recycle bin itself; then the template gallery
 * (first-page previews). On the office server each draft says whose it is ("Của bạn", "Của
 * nguyen.van.a") and whether it is shared with the other chuyên viên ("Đã chia sẻ").
 */
import { useState } from 'react';
import type { DraftSummary } from '../../../common/api';
import type { Organisation } from '../../../common/org/organisation';
import { displayDate } from '../../../common/rules/date-line';
import { ownerText } from '../../../common/rules/flow-actions';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { useMe } from '../../app/use-me';
import { Notice } from '../Notice';
import { TemplatePreview } from './TemplatePreview';
import { WordIn } from './WordIn';

/** Props of Home. */
export interface HomeProps {
  org: Organisation;
  onOpen(id: string): void;
}

/** Drafts, recycle bin, then the gallery. */
export function Home({ org, onOpen }: HomeProps) {
  const busy = useBusy();
  const me = useMe();
  const office = !!me && !me.singleSeat; // the single seat has one user: no owners to tell apart
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const templates = useLoad(() => window.vanthu.templates.list());
  const drafts = useLoad(() => window.vanthu.drafts.list({ query }), [query]);
  const trash = useLoad(() => (showTrash ? window.vanthu.drafts.trashList({}) : Promise.resolve([] as DraftSummary[])), [showTrash]);
  const act = async (label: string, fn: () => Promise<unknown>) => {
    if ((await busy.run(label, fn)) !== undefined) { drafts.reload(); trash.reload(); }
  };
  const create = async (templateId: string) => {
    const r = await busy.run('Tạo dự thảo', () => window.vanthu.drafts.create({ templateId }));
    if (r) onOpen(r.id);
  };
  return (
    <div className="compose-home">
      <div className="card">
        <h2>Dự thảo</h2>
        <input className="search" type="search" placeholder="Tìm dự thảo theo tên, trích yếu (có dấu hay không dấu)…" aria-label="Tìm dự thảo" value={query} onChange={(e) => setQuery(e.target.value)} />
        {drafts.error && <Notice kind="error">{drafts.error}</Notice>}
        {drafts.data?.length === 0 && <Notice>Chưa có dự thảo nào. Chọn một mẫu ở dưới để bắt đầu.</Notice>}
        <ul className="rows" aria-label="Danh sách dự thảo">
          {drafts.data?.map((d) => (
            <li key={d.id} className="row" data-draft={d.id}>
              <div className="row-main">
                <button type="button" className="link row-title" onClick={() => onOpen(d.id)}>{d.title}</button>
                <span className="row-sub">
                  {office && ownerText(d.owner, me.userName) && <span className="draft-owner" data-owner={d.owner}>{ownerText(d.owner, me.userName)} · </span>}
                  {office && d.shared && <span className="draft-shared" data-shared title="Các chuyên viên khác thấy và sửa được dự thảo này">Đã chia sẻ · </span>}
                  {d.registeredAs ? `Đã cấp số ${d.registeredAs} · ` : 'Dự thảo · '}sửa lần cuối {displayDate(d.updatedAt)}
                </span>
              </div>
              <div className="row-actions">
                <button type="button" className="secondary" onClick={() => onOpen(d.id)}>Mở</button>
                <button type="button" className="secondary" onClick={() => act('Xuất DOCX dự thảo', async () => {
                  const f = await window.vanthu.drafts.exportDraft({ id: d.id });
                  return window.vanthu.files.saveAs({ file: f.file, name: f.name });
                })}>Xuất DOCX</button>
                <button type="button" className="secondary" onClick={() => act('Nhân bản dự thảo', () => window.vanthu.drafts.duplicate({ id: d.id }))}>Nhân bản</button>
                <button type="button" className="link danger" onClick={() => act('Chuyển vào thùng rác', () => window.vanthu.drafts.trash({ id: d.id }))}>Xóa</button>
              </div>
            </li>
          ))}
        </ul>
        <button type="button" className="link" onClick={() => setShowTrash(!showTrash)}>{showTrash ? 'Ẩn thùng rác' : 'Xem thùng rác'}</button>
        {showTrash && (
          <ul className="rows" aria-label="Thùng rác">
            {trash.data?.length === 0 && <li className="row">Thùng rác trống.</li>}
            {trash.data?.map((d) => (
              <li key={d.id} className="row">
                <span className="row-title">{d.title}</span>
                <button type="button" className="secondary" onClick={() => act('Khôi phục dự thảo', () => window.vanthu.drafts.untrash({ id: d.id }))}>Khôi phục</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <WordIn onOpen={onOpen} />
      <div className="card">
        <h2>Tạo văn bản mới từ mẫu</h2>
        {templates.error && <Notice kind="error">{templates.error}</Notice>}
        <div className="compose-gallery">
          {templates.data?.map((t) => (
            <button key={t.id} type="button" className="compose-template" data-template={t.id} onClick={() => create(t.id)}>
              <TemplatePreview id={t.id} org={org} />
              <span>{t.name}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
