/** Version history of a draft: the saved versions, newest first, each restorable. */
import type { DraftRecord } from '../../../common/api';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';

/** Props of VersionsPanel. */
export interface VersionsPanelProps {
  id: string;
  disabled: boolean;
  onSaveVersion(): Promise<void>;
  onRestored(r: DraftRecord): void;
}

/** The version list. */
export function VersionsPanel({ id, disabled, onSaveVersion, onRestored }: VersionsPanelProps) {
  const busy = useBusy();
  const versions = useLoad(() => window.vanthu.drafts.versions({ id }), [id]);
  return (
    <div className="card compose-versions" aria-label="Lịch sử phiên bản">
      <div className="row-actions">
        <strong>Lịch sử phiên bản</strong>
        {!disabled && <button type="button" className="secondary" onClick={async () => { await onSaveVersion(); versions.reload(); }}>Lưu phiên bản bây giờ</button>}
      </div>
      {versions.data?.length === 0 && <p>Chưa có phiên bản nào (tự lưu tạo phiên bản sau mỗi vài phút sửa).</p>}
      <ul className="rows">
        {versions.data?.map((v) => (
          <li key={v.version} className="row">
            <span>{new Date(v.savedAt).toLocaleString('vi-VN')} · {Math.round(v.size / 1024)} KB</span>
            {!disabled && (
              <button type="button" className="secondary" onClick={async () => {
                const r = await busy.run('Khôi phục phiên bản', () => window.vanthu.drafts.restore({ id, version: v.version }));
                if (r) onRestored(r);
              }}>Khôi phục</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
