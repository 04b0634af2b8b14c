// @vitest-environment jsdom
/** The browser client of the local host: the session cookie and X-Vanthu header, one POST per call, clear errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError, createApi } from '../../common/api';
import { httpTransport, installWebClient } from '../../renderer/api/web-client';

afterEach(() => vi.unstubAllGlobals());

describe('web client', () => {
  it('posts each call with the session cookie and the X-Vanthu header, and returns its value', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [1] })));
    vi.stubGlobal('fetch', fetch);
    const api = createApi(httpTransport());
    await expect(api.drafts.list({ query: 'nghi quyet' })).resolves.toEqual([1]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/call/drafts.list');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-Vanthu']).toBe('1');
    expect(JSON.parse(String(init.body))).toEqual({ query: 'nghi quyet' });
  });

  it('turns a refusal into a UserError with the Vietnamese message', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'Dữ liệu không hợp lệ.' } }), { status: 400 }));
    const api = createApi(httpTransport());
    const err = await api.drafts.get({ id: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('Dữ liệu không hợp lệ.');
  });

  it('says the local host has stopped when the network fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createApi(httpTransport()).app.info()).rejects.toThrow('Mất kết nối với vanthu');
  });

  it('a non-JSON answer gives a readable message', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 502 }));
    await expect(createApi(httpTransport()).app.info()).rejects.toThrow('mã 502');
  });

  it('on the office server, a failed request says the server cannot be reached, with a banner until a call goes through', async () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApi(httpTransport());
    const err = (await api.drafts.autosave({ id: 'x' } as never).catch((e: unknown) => e)) as UserError;
    expect(err.code).toBe('not-available');
    expect(err.message).toBe('Máy chủ văn phòng không liên lạc được (mạng hoặc máy chủ đang dừng).');
    const banner = document.getElementById('office-unreachable');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toBe('Máy chủ văn phòng không liên lạc được (mạng hoặc máy chủ đang dừng). Văn bản đang soạn vẫn được giữ trong cửa sổ này; vanthu đang thử lại và tự lưu khi máy chủ hoạt động lại. Đừng đóng cửa sổ này.');
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: true, value: { updatedAt: 'x' } })));
    await api.drafts.autosave({ id: 'x' } as never);
    expect(document.getElementById('office-unreachable')).toBeNull();
  });

  it('on the office server, 503 for its database away is the same state with the server\'s sentence; 503 for a missing function is not', async () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    const away = 'Máy chủ cơ sở dữ liệu không liên lạc được: thao tác này chưa được ghi.';
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: false, error: { code: 'not-available', message: away } }), { status: 503 }));
    const api = createApi(httpTransport());
    await expect(api.drafts.list({})).rejects.toMatchObject({ code: 'not-available', message: away });
    expect(document.getElementById('office-unreachable')?.textContent).toContain('Máy chủ văn phòng không liên lạc được với cơ sở dữ liệu của nó');
    const missing = 'Chức năng "Sao lưu" không dùng được ở chế độ này.';
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: false, error: { code: 'not-available', message: missing } }), { status: 503 }));
    await expect(api.backup.list({})).rejects.toMatchObject({ message: missing });
    expect(document.getElementById('office-unreachable')).toBeNull();
  });

  it('installs window.vanthu only when the preload has not', () => {
    const preload = { marker: true } as never;
    window.vanthu = preload;
    expect(installWebClient()).toBe(preload);
    delete (window as { vanthu?: unknown }).vanthu;
    expect(typeof installWebClient().app.info).toBe('function');
  });
});
