/** Backups: back up now, where backups are, download one, restore one (listed or brought from elsewhere). */
import { useBusy } from '../app/busy';
import { useLoad } from '../app/use-load';
import { viDateTime, viSize } from './format';
import { Notice } from './Notice';

/** The backups card of the settings section. */
export function Backups() {
  const busy = useBusy();
  const list = useLoad(() => window.vanthu.backup.list());
  const now = async () => {
    if (await busy.run('Sao lưu dữ liệu', () => window.vanthu.backup.create())) list.reload();
  };
  const name = (f: string) => f.split(/[\\/]/).pop() ?? f;
  const folder = list.data?.[0]?.file.replace(/[\\/][^\\/]+$/, '');
  const restore = async (file: string) => {
    if (!window.confirm(`Khôi phục dữ liệu từ ${name(file)}? Sổ đăng ký và các dự thảo trở về như lúc sao lưu; dữ liệu hiện tại được giữ lại bên cạnh (không bị xóa).`)) return;
    if (await busy.run('Khôi phục dữ liệu', () => window.vanthu.backup.restore({ file }))) window.location.reload();
  };
  const restoreOther = async () => {
    const f = await busy.run('Chọn bản sao lưu', () => window.vanthu.files.open({ kind: 'backup' }));
    if (f?.file) await restore(f.file);
  };
  return (
    <div className="card">
      <h2>Sao lưu dữ liệu</h2>
      <p className="muted">Sao lưu toàn bộ sổ đăng ký ra một tệp riêng; nên sao lưu hằng ngày và chép ra ổ đĩa khác. vanthu tự sao lưu mỗi ngày và khi đóng, giữ 14 bản gần nhất.</p>
      {folder && <p className="muted">Thư mục sao lưu: <span className="path">{folder}</span></p>}
      <div className="actions">
        <button type="button" className="secondary" onClick={restoreOther}>Khôi phục từ tệp khác…</button>
        <button type="button" className="primary" onClick={now}>Sao lưu ngay</button>
      </div>
      {list.error && <Notice>{list.error}</Notice>}
      {list.data?.length === 0 && <Notice>Chưa có bản sao lưu nào.</Notice>}
      <ul className="rows scroll">
        {list.data?.map((b) => (
          <li key={b.file} className="row">
            <div className="row-main">
              <span className="row-title">{name(b.file)}</span>
              <span className="row-sub">{viDateTime(b.createdAt)} · {viSize(b.size)}</span>
            </div>
            <div className="row-actions">
              <button type="button" className="secondary" onClick={() => busy.run('Lưu tệp sao lưu', () => window.vanthu.files.saveAs({ file: b.file, name: name(b.file) }))}>Tải về</button>
              <button type="button" className="link" onClick={() => restore(b.file)}>Khôi phục</button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
