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

  it('installs window.vanthu only when the preload has not', () => {
    const preload = { marker: true } as never;
    window.vanthu = preload;
    expect(installWebClient()).toBe(preload);
    delete (window as { vanthu?: unknown }).vanthu;
    expect(typeof installWebClient().app.info).toBe('function');
  });
});
