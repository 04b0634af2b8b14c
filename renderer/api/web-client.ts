/**
 * The local host's client: provides `window.vanthu` in a browser with the same methods as the
 * Electron preload. Calls go to /api/call/<op> with the launch token the host wrote into the page;
 * `files.saveAs` becomes a download and `files.open` an upload.
 */
import { createApi, type ApiResult, type OpName, type Transport, type VanthuApi } from '../../common/api';
import { pickFile } from './pick-file';

const LOST = 'Mất kết nối với vanthu (máy chủ cục bộ đã dừng?). Hãy chạy lại lệnh "npm start" rồi tải lại trang.';

/** The launch token written by the host into the page. */
export function pageToken(doc: Document = document): string {
  return doc.querySelector('meta[name="vanthu-token"]')?.getAttribute('content') ?? '';
}

async function post(path: string, token: string, body: BodyInit, type = 'application/json'): Promise<Response> {
  try {
    return await fetch(path, { method: 'POST', headers: { 'Content-Type': type, 'X-Vanthu-Token': token }, body });
  } catch {
    throw Object.assign(new Error(LOST), { lost: true });
  }
}

async function envelope(res: Response): Promise<ApiResult<unknown>> {
  try {
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Máy chủ cục bộ trả lời không hợp lệ (mã ${res.status}).` } };
  }
}

/** A transport over the local host's HTTP API. */
export function httpTransport(token: string): Transport {
  return async (name: OpName, request: unknown) => {
    try {
      if (name === 'files.saveAs') return await downloadFile(token, request as { file: string; name: string });
      if (name === 'files.open') return await uploadFile(token, (request as { kind: 'attachment' | 'backup' }).kind);
      return await envelope(await post(`/api/call/${name}`, token, JSON.stringify(request)));
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: (e as Error).message } };
    }
  };
}

async function downloadFile(token: string, req: { file: string; name: string }): Promise<ApiResult<unknown>> {
  const res = await post('/api/download', token, JSON.stringify(req));
  if (!res.ok || res.headers.get('Content-Type')?.startsWith('application/json')) return envelope(res);
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: req.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: { saved: true } };
}

async function uploadFile(token: string, kind: 'attachment' | 'backup'): Promise<ApiResult<unknown>> {
  const file = await pickFile(kind === 'backup' ? '.db' : '.pdf,.docx,.doc,.jpg,.jpeg,.png,.tif,.tiff');
  if (!file) return { ok: true, value: { file: null, name: '' } };
  const res = await post(`/api/upload?name=${encodeURIComponent(file.name)}`, token, file, 'application/octet-stream');
  return envelope(res);
}

/** Installs `window.vanthu` unless the Electron preload already did. */
export function installWebClient(): VanthuApi {
  if (!window.vanthu) window.vanthu = createApi(httpTransport(pageToken()));
  return window.vanthu;
}
