/**
 * The local host's client: provides `window.vanthu` in a browser with the same methods as the
 * Electron preload. Calls go to /api/call/<op>; the browser's session cookie (HttpOnly, set when
 * vanthu opened this browser) authorises them, and each carries the `X-Vanthu` header, which a
 * form or a script of another site cannot send. `files.saveAs` becomes a download and
 * `files.open` an upload.
 */
import { createApi, type ApiResult, type OpName, type Transport, type VanthuApi } from '../../common/api';
import { pickFile } from './pick-file';
import { hideOutage, showOutage } from './outage-banner';
import { hideSessionEnded, showSessionEnded } from './session-banner';

const LOST = 'Mất kết nối với vanthu (máy chủ cục bộ đã dừng?). Hãy mở lại vanthu (từ menu của máy hoặc lệnh "npm start").';

/** The office server's page (https), as opposed to the local host's (http on 127.0.0.1). */
const onOfficeServer = () => location.protocol === 'https:';

/**
 * Whether an answer says the server (or its database) is away for now: 502 or 504 (a gateway), or
 * 503 with Retry-After, without the contract's envelope, or with the server's "không liên lạc được"
 * sentence (main/server/database-guard.ts); a 503 for a function not available in this mode is not.
 */
function isAway(res: Response, result: ApiResult<unknown>): boolean {
  if (res.status === 502 || res.status === 504) return true;
  if (res.status !== 503) return false;
  return res.headers.has('Retry-After') || result.ok || result.error.code !== 'not-available' || /không liên lạc được/u.test(result.error.message);
}

/** The banner's reason when a request did not reach the office server at all. */
export const SERVER_AWAY = 'Máy chủ văn phòng không liên lạc được (mạng hoặc máy chủ đang dừng).';
/** The banner's reason when the server answered that its database is away (503). */
export const DATABASE_AWAY = 'Máy chủ văn phòng không liên lạc được với cơ sở dữ liệu của nó (PostgreSQL đang dừng?).';

/**
 * What a call failing because the office server (or its database) cannot be reached answers: the
 * server's own sentence when it gave one (it says whether the operation was written), else
 * SERVER_AWAY; the banner shows the short reason until a call goes through again.
 */
export function unreachableFailure(serverMessage?: string): ApiResult<unknown> {
  showOutage(serverMessage ? DATABASE_AWAY : SERVER_AWAY);
  return { ok: false, error: { code: 'not-available', message: serverMessage?.trim() || SERVER_AWAY } };
}

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
      let res: Response;
      try {
        res = await post(`/api/call/${name}`, JSON.stringify(request));
      } catch (e) {
        if (onOfficeServer()) return unreachableFailure();
        throw e;
      }
      const result = await envelope(res);
      if (onOfficeServer() && isAway(res, result)) return unreachableFailure(!result.ok && result.error.code === 'not-available' ? result.error.message : undefined);
      hideOutage();
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
