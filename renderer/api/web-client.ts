/**
 * The local host's client: provides `window.vanthu` in a browser with the same methods as the
 * Electron preload. Calls go to /api/call/<op>; the browser's session cookie (HttpOnly, set when
 * vanthu opened this browser) authorises them, and each carries the `X-Vanthu` header, which a
 * form or a script of another site cannot send. `files.saveAs` becomes a download and
 * `files.open` an upload.
 */
import { createApi, type ApiResult, type OpName, type Transport, type VanthuApi } from '../../common/api';
import { pickFile } from './pick-file';
import { hideSessionEnded, showSessionEnded } from './session-banner';

const LOST = 'Mất kết nối với vanthu (máy chủ cục bộ đã dừng?). Hãy mở lại vanthu (từ menu của máy hoặc lệnh "npm start").';

/** Headers every API request of the page carries besides its content type. */
export const API_HEADERS: Readonly<Record<string, string>> = { 'X-Vanthu': '1' };

async function post(path: string, body: BodyInit, type = 'application/json'): Promise<Response> {
  try {
    return await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { ...API_HEADERS, 'Content-Type': type }, body });
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
export function httpTransport(): Transport {
  return async (name: OpName, request: unknown) => {
    try {
      if (name === 'files.saveAs') return await downloadFile(request as { file: string; name: string });
      if (name === 'files.open') return await uploadFile((request as { kind: 'attachment' | 'backup' | 'register' }).kind);
      const res = await post(`/api/call/${name}`, JSON.stringify(request));
      const result = await envelope(res);
      // The office server's session ended: say so (the editor keeps its text), until a call succeeds again.
      if (res.status === 401 && !result.ok) showSessionEnded(result.error.message);
      else hideSessionEnded();
      return result;
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: (e as Error).message } };
    }
  };
}

async function downloadFile(req: { file: string; name: string }): Promise<ApiResult<unknown>> {
  const res = await post('/api/download', JSON.stringify(req));
  if (!res.ok || res.headers.get('Content-Type')?.startsWith('application/json')) return envelope(res);
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: req.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: { saved: true } };
}

async function uploadFile(kind: 'attachment' | 'backup' | 'register'): Promise<ApiResult<unknown>> {
  const file = await pickFile(kind === 'backup' ? '.db' : kind === 'register' ? '.xlsx,.csv' : '.pdf,.docx,.doc,.jpg,.jpeg,.png,.tif,.tiff');
  if (!file) return { ok: true, value: { file: null, name: '' } };
  const res = await post(`/api/upload?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
  return envelope(res);
}

/** Installs `window.vanthu` unless the Electron preload already did. */
export function installWebClient(): VanthuApi {
  if (!window.vanthu) window.vanthu = createApi(httpTransport());
  return window.vanthu;
}
