/** Desk helpers: date fields (read by common/rules/date-line), uploads by drag and drop, file blobs for page previews. */
import { checkDateInRange, parseDate, toIsoDate } from '../../../common/rules/date-line';
import { foldVietnamese } from '../../../common/text/normalize';
import { API_HEADERS } from '../../api/web-client';

/**
 * Reads a date field: the ISO date, or an error naming the field ("Ngày văn bản: …") when it is
 * missing (if required), unreadable or outside the accepted range. `hint` follows the format example.
 */
export function fieldDate(text: string, label: string, required: boolean, today?: string, hint = ''): { iso: string; error: string | null } {
  if (!text.trim()) return { iso: '', error: required ? `${label}: chưa ghi ngày (gõ ngày/tháng/năm, ví dụ 10/3/26).` : null };
  const r = parseDate(text);
  if (!r.ok) return { iso: '', error: `${label}: "${text.trim()}" không đọc được là ngày; gõ ngày/tháng/năm, ví dụ 10/3/26${hint}.` };
  const iso = toIsoDate(r.value);
  const range = checkDateInRange(iso, label, today);
  return range ? { iso: '', error: range } : { iso, error: null };
}

/** Adds days to an ISO date. */
export function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether the page is served by the local host (uploads and downloads over HTTP), not by the desktop app. */
export function onLocalHost(): boolean {
  return window.location.protocol === 'http:';
}

/** Uploads a dropped file to the local host's uploads folder; returns the stored path. */
export async function uploadDropped(file: File): Promise<{ file: string; name: string }> {
  if (!onLocalHost()) throw new Error('Trong ứng dụng trên máy tính, hãy đính kèm tệp bằng nút "Chọn tệp…".');
  const res = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST', headers: { ...API_HEADERS, 'Content-Type': 'application/octet-stream' }, body: file,
  });
  const env = (await res.json()) as { ok: boolean; value?: { file: string; name: string }; error?: { message: string } };
  if (!env.ok || !env.value) throw new Error(env.error?.message ?? 'Không tải được tệp lên.');
  return env.value;
}

/** Fetches a file the host produced as an object URL (page images of the print preview). */
export async function blobUrl(file: string): Promise<string> {
  const res = await fetch('/api/download', {
    method: 'POST', headers: { ...API_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ file, name: 'trang.png' }),
  });
  if (!res.ok) throw new Error('Không đọc được trang xem trước.');
  return URL.createObjectURL(await res.blob());
}

/** Splits `text` into parts, marking those matching a folded query word (diacritics-insensitive). */
export function highlight(text: string, words: string[]): { t: string; hit: boolean }[] {
  if (!words.length) return [{ t: text, hit: false }];
  const parts: { t: string; hit: boolean }[] = [];
  for (const tok of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!tok) continue;
    const f = foldVietnamese(tok);
    parts.push({ t: tok, hit: /[\p{L}\p{N}]/u.test(tok) && words.some((w) => f.startsWith(w)) });
  }
  return parts;
}
