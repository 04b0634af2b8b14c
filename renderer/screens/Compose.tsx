/** Soạn thảo: new draft from a template, the drafts list with export and registration. */
import { useState } from 'react';
import type { DraftSummary } from '../../common/api';
import { useBusy } from '../app/busy';
import { useLoad } from '../app/use-load';
import { viDate } from './format';
import { Notice } from './Notice';

/** The compose section. */
export function Compose() {
  const busy = useBusy();
  const [query, setQuery] = useState('');
  const templates = useLoad(() => window.vanthu.templates.list());
  const drafts = useLoad(() => window.vanthu.drafts.list({ query }), [query]);
  const act = async (label: string, fn: (progress: (p: number) => void) => Promise<unknown>) => {
    if ((await busy.run(label, fn)) !== undefined) drafts.reload();
  };
  const exportDocx = (d: DraftSummary) =>
    act('Xuất tệp DOCX', async (progress) => {
      const f = await window.vanthu.export.docx({ draftId: d.id });
      progress(0.5);
      return window.vanthu.files.saveAs({ file: f.file, name: f.name });
    });
  return (
    <div className="two-cols">
      <div className="card">
        <h2>Tạo văn bản mới</h2>
        {templates.error && <Notice>{templates.error}</Notice>}
        <div className="template-grid">
          {templates.data?.map((t) => (
            <button key={t.id} type="button" className="template" onClick={() => act('Tạo dự thảo', () => window.vanthu.drafts.create({ templateId: t.id }))}>
              {t.name}
            </button>
          ))}
        </div>
      </div>
      <div className="card">
        <h2>Dự thảo</h2>
        <input className="search" type="search" placeholder="Lọc dự thảo theo tên, trích yếu…" aria-label="Lọc dự thảo" value={query} onChange={(e) => setQuery(e.target.value)} />
        {drafts.error && <Notice kind="error">{drafts.error}</Notice>}
        {drafts.data?.length === 0 && <Notice>Chưa có dự thảo nào. Chọn một mẫu bên trái để bắt đầu.</Notice>}
        <ul className="rows">
          {drafts.data?.map((d) => (
            <li key={d.id} className="row">
              <div className="row-main">
                <span className="row-title">{d.title}</span>
                <span className="row-sub">
                  {d.registeredAs ? `Đã cấp số ${d.registeredAs} · ` : 'Dự thảo · '}sửa lần cuối {viDate(d.updatedAt)}
                </span>
              </div>
              <div className="row-actions">
                <button type="button" className="secondary" onClick={() => exportDocx(d)}>Xuất DOCX</button>
                {!d.registeredAs && (
                  <button type="button" className="secondary" onClick={() => act('Cấp số và đăng ký', () => window.vanthu.registry.registerDraft({ draftId: d.id }))}>Cấp số &amp; đăng ký</button>
                )}
                <button type="button" className="link danger" onClick={() => act('Xóa dự thảo', () => window.vanthu.drafts.delete({ id: d.id }))}>Xóa</button>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
