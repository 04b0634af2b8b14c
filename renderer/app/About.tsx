/** The about box: product, version, mode and the versions of its parts. */
import { useEffect, useRef } from 'react';
import { useLoad } from './use-load';

const NAMES: Record<string, string> = {
  node: 'Node.js', sqlite: 'SQLite', electron: 'Electron', chrome: 'Chromium', app: 'Ứng dụng', browser: 'Trình duyệt',
};

/** Browser version from the user agent (web mode). */
function browserVersion(): string | null {
  const m = /(Chrome|Chromium|Firefox|Edg)\/([\d.]+)/.exec(navigator.userAgent);
  return m ? `${m[1]} ${m[2]}` : null;
}

/** The about dialog. */
export function About({ onClose }: { onClose(): void }) {
  const info = useLoad(() => window.vanthu.app.info());
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const versions = { ...(info.data?.versions ?? {}) };
  if (info.data?.mode === 'web' && browserVersion()) versions.browser = browserVersion() as string;
  return (
    <dialog ref={ref} className="about" onClose={onClose} aria-labelledby="about-title">
      <h2 id="about-title">vanthu {info.data?.version ?? ''}</h2>
      <p>Soạn thảo, cấp số và đăng ký văn bản của Đảng cho văn phòng, văn thư cấp ủy.</p>
      {info.error && <p className="error-text">{info.error}</p>}
      {info.data && (
        <table className="kv">
          <tbody>
            <tr><th>Chế độ chạy</th><td>{info.data.mode === 'electron' ? 'Ứng dụng máy tính (Electron)' : 'Trình duyệt, máy chủ cục bộ'}</td></tr>
            {Object.entries(versions).map(([k, v]) => (
              <tr key={k}><th>{NAMES[k] ?? k}</th><td>{v}</td></tr>
            ))}
            <tr><th>Thư mục dữ liệu</th><td className="path">{info.data.dataDir}</td></tr>
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => ref.current?.close()}>Đóng</button>
      </div>
    </dialog>
  );
}
