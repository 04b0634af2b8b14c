/**
 * Through the local host (HTTP, as the browser calls it): a hostile nesting, a wrong type and text
 * XML cannot carry are answered in Vietnamese, never with "Maximum call stack size exceeded" or zod's
 * English, and the unsafe characters never reach what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Host } from '../../../main/host/server';
import org from '../../../templates/organisation.default.json';
import { raw, type Reply } from './http-client';
import { startTestHost } from './test-host';

let host: Host;
let cookie: string;
let stop: () => Promise<void>;

const post = (op: string, body: string) =>
  raw(host.port, { path: `/api/call/${op}`, headers: { cookie, 'x-vanthu': '1', 'content-type': 'application/json' }, body });
// biome-ignore lint/suspicious/noExplicitAny: a test reads any operation's value
const reply = (r: Reply) => JSON.parse(r.body) as { ok: boolean; value?: any; error?: { code: string; message: string } };

beforeAll(async () => {
  ({ host, cookie, stop } = await startTestHost());
});
afterAll(() => stop?.());

describe('hostile payloads through the host', () => {
  it('100,000 nested arrays are refused in Vietnamese', async () => {
    const deep = `{"id":"20261122-abcdef12","draft":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const r = reply(await post('drafts.autosave', deep));
    expect(r.ok).toBe(false);
    expect(r.error).toEqual({ code: 'invalid-input', message: 'Dữ liệu không hợp lệ: lồng nhau quá 64 tầng.' });
  });

  it('a wrong type is named as such', async () => {
    const r = reply(await post('registry.deskStats', '{"year":"x"}'));
    expect(r.error?.message).toBe('Dữ liệu không hợp lệ. Năm: phải là số.');
  });

  it('XML-unsafe characters are gone before a handler runs', async () => {
    const setup = reply(await post('settings.saveOrganisation', JSON.stringify({ organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } })));
    expect(setup.ok).toBe(true);
    const created = reply(await post('drafts.create', '{"templateId":"nghi-quyet"}'));
    expect(created.ok).toBe(true);
    const draft = created.value.draft;
    draft.doc.content[1].attrs.summary = 'về\u0001 việc\uFFFF thử';
    const saved = reply(await post('drafts.autosave', JSON.stringify({ id: created.value.id, draft })));
    expect(saved.ok).toBe(true);
    const got = reply(await post('drafts.get', JSON.stringify({ id: created.value.id })));
    expect(got.value.draft.doc.content[1].attrs.summary).toBe('về việc thử');
  });
});
