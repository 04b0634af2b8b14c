/**
 * First start, "Kết nối máy chủ văn phòng": the address of the office server, its fingerprint to
 * compare with what the server machine shows (trust on first use), then the confirmation that
 * pins it. A changed certificate shows the impersonation warning; the old pin can only be removed
 * after ticking that the administrator confirmed a renewal.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { OfficeStatus, ServerProbe } from '../../common/api/domains/office';
import { useBusy } from '../app/busy';
import { Field } from './Field';
import { Fingerprint } from './Fingerprint';
import { officeBridge } from './office-bridge';

/** Props of ServerConnect. */
export interface ServerConnectProps {
  /** Called after the user switched back to working alone. */
  onSingle(): void;
}

/** The server part of the first-start screen. */
export function ServerConnect({ onSingle }: ServerConnectProps) {
  const busy = useBusy();
  const [address, setAddress] = useState('');
  const [probe, setProbe] = useState<ServerProbe | null>(null);
  const [status, setStatus] = useState<OfficeStatus | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [renewed, setRenewed] = useState(false);
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  useEffect(() => {
    window.vanthu.settings.officeStatus().then(setStatus, () => setStatus(null));
  }, []);

  const check = async (e?: FormEvent) => {
    e?.preventDefault();
    setCancelled(false);
    setRenewed(false);
    setProbe(null);
    const found = await busy.run('Kiểm tra máy chủ văn phòng', () => window.vanthu.settings.officeProbe({ address }));
    if (found) setProbe(found);
  };
  const trust = async (p: ServerProbe) => {
    const saved = await busy.run('Xác nhận máy chủ văn phòng', () => window.vanthu.settings.officeTrust({ address: p.origin, fingerprint: p.fingerprint }));
    if (saved) (setStatus(saved), setProbe(null));
  };
  const forget = async (p: ServerProbe) => {
    const left = await busy.run('Xóa mã nhận dạng đã lưu', () => window.vanthu.settings.officeForget({ address: p.origin }));
    if (left) await check();
  };
  const alone = async () => {
    const left = await busy.run('Chọn làm việc một mình', () => window.vanthu.settings.officeSingle());
    if (left) onSingle();
  };

  const bridge = officeBridge();
  const enter = async () => {
    if (!bridge) return;
    setOpenFailure(null);
    const r = await busy.run('Vào máy chủ văn phòng', () => bridge.open());
    if (r && !r.ok) setOpenFailure(r.message);
  };

  if (status?.mode === 'server' && status.server) {
    const s = status.server;
    return (
      <section aria-labelledby="server-done" data-testid="server-confirmed">
        <h2 id="server-done">Đã xác nhận máy chủ văn phòng</h2>
        <table className="kv"><tbody>
          <tr><th>Địa chỉ</th><td>{s.origin}</td></tr>
          <tr><th>Xác nhận lúc</th><td>{new Date(s.confirmedAt).toLocaleString('vi-VN')}</td></tr>
        </tbody></table>
        <Fingerprint short={s.short} full={s.fingerprint} />
        <p className="notice">Máy này chỉ chấp nhận đúng chứng chỉ có mã nhận dạng trên. Nếu một ngày máy chủ đưa ra mã khác, vanthu sẽ cảnh báo và không kết nối.</p>
        {bridge ? (
          <p className="muted">Bấm “Vào máy chủ văn phòng” rồi đăng nhập bằng tài khoản văn phòng (người quản trị cấp). Từ lần mở sau, vanthu vào thẳng máy chủ này.</p>
        ) : (
          <p className="muted" data-testid="server-browser-hint">Trong trình duyệt, mở địa chỉ <b>{s.origin}/</b> để đăng nhập bằng tài khoản văn phòng (trình duyệt sẽ hỏi về chứng chỉ: chỉ chấp nhận khi mã nhận dạng trùng với mã trên).</p>
        )}
        {openFailure && <p className="notice error" role="alert">{openFailure}</p>}
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setStatus({ mode: 'single', server: null })}>Đổi máy chủ khác</button>
          <button type="button" className={bridge ? 'secondary' : 'primary'} onClick={alone}>Làm việc một mình</button>
          {bridge && <button type="button" className="primary" onClick={enter}>Vào máy chủ văn phòng</button>}
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="server-title">
      <h2 id="server-title">Kết nối máy chủ văn phòng</h2>
      <form className="server-row" onSubmit={check} noValidate>
        <Field label="Địa chỉ máy chủ" required value={address} onChange={setAddress} placeholder="https://192.168.1.10:8443"
          hint="Địa chỉ mà máy chủ hiện ra khi chạy lệnh vanthu server (hỏi người quản trị)." />
        <button type="submit" className="primary">Kiểm tra máy chủ</button>
      </form>
      {cancelled && <p className="notice error" role="alert">Đã hủy, không kết nối. Khi mã không khớp, hãy báo ngay cho người quản trị máy chủ.</p>}
      {probe && probe.known !== 'changed' && (
        <div className="fingerprint-box" data-testid="server-probe">
          <h3>Mã nhận dạng của máy chủ {probe.origin.replace('https://', '')}</h3>
          <Fingerprint short={probe.short} full={probe.fingerprint} />
          {probe.known === 'new' ? (
            <p>Hãy đối chiếu từng nhóm với mã hiện trên máy chủ (người quản trị có thể đọc qua điện thoại). <b>Chỉ xác nhận khi cả 8 nhóm đều trùng khớp</b>: mã khác nghĩa là có thể đang kết nối tới máy giả mạo.</p>
          ) : (
            <p>Máy chủ này đã được xác nhận trên máy này trước đây; mã nhận dạng không đổi.</p>
          )}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => (setProbe(null), setCancelled(true))}>Không khớp – hủy</button>
            <button type="button" className="primary" onClick={() => trust(probe)}>{probe.known === 'new' ? 'Mã trùng khớp – xác nhận máy chủ' : 'Dùng máy chủ này'}</button>
          </div>
        </div>
      )}
      {probe && probe.known === 'changed' && (
        <div className="fingerprint-box changed" data-testid="server-changed">
          <p className="notice error" role="alert">{probe.warning}</p>
          <p>Mã đã xác nhận trước đây: <b className="fingerprint-full">{probe.pinnedShort}</b></p>
          <p>Mã máy chủ đưa ra bây giờ:</p>
          <Fingerprint short={probe.short} full={probe.fingerprint} />
          <label className="field field-check">
            <span><input type="checkbox" checked={renewed} onChange={(e) => setRenewed(e.target.checked)} />{' '}
              Người quản trị đã xác nhận máy chủ vừa cấp chứng chỉ mới (vanthu server init --renew)</span>
          </label>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setProbe(null)}>Hủy, không kết nối</button>
            <button type="button" className="link danger" disabled={!renewed} onClick={() => forget(probe)}>Xóa mã cũ để xác nhận lại</button>
          </div>
        </div>
      )}
    </section>
  );
}
