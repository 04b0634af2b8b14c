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
  /** A pg_dump of the office server's registry on PostgreSQL (main/registry/backup/postgres). */
  const onServer = (f: string) => /\.dump$/.test(f);
  const restore = async (file: string) => {
    const question = onServer(file)
      ? `Khôi phục sổ đăng ký trên máy chủ từ ${name(file)}? Sổ đăng ký, các dự thảo và tài khoản trở về như lúc sao lưu; mọi người đang làm việc bị ngắt kết nối trong giây lát. Cơ sở dữ liệu hiện tại được giữ lại dưới tên khác (không bị xóa).`
      : `Khôi phục dữ liệu từ ${name(file)}? Sổ đăng ký và các dự thảo trở về như lúc sao lưu; dữ liệu hiện tại được giữ lại bên cạnh (không bị xóa).`;
    if (!window.confirm(question)) return;
    if (await busy.run('Khôi phục dữ liệu', () => window.vanthu.backup.restore({ file }))) window.location.reload();
  };
  const restoreOther = async () => {
    const f = await busy.run('Chọn bản sao lưu', () => window.vanthu.files.open({ kind: 'backup' }));
    if (f?.file) await restore(f.file);
  };
  return (
    <div className="card">
      <h2>Sao lưu dữ liệu</h2>
      {list.data?.some((b) => onServer(b.file))
        ? <p className="muted">Sổ đăng ký của văn phòng nằm trên máy chủ PostgreSQL: mỗi bản sao lưu là một tệp pg_dump đã được đọc lại để kiểm tra, giữ 14 bản gần nhất. Nên đặt lịch sao lưu hằng đêm trên máy chủ (docs/backup-postgres.md) và chép thư mục sao lưu ra ổ đĩa khác.</p>
        : <p className="muted">Sao lưu toàn bộ sổ đăng ký ra một tệp riêng; nên sao lưu hằng ngày và chép ra ổ đĩa khác. vanthu tự sao lưu mỗi ngày và khi đóng, giữ 14 bản gần nhất.</p>}
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
