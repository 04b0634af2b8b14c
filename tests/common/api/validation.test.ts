/**
 * Every operation of the contract rejects wrong types, missing fields, oversized strings, unknown
 * fields and paths outside the allowed folders, with a Vietnamese message, before any handler runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIMITS, OPERATIONS, type OpName } from '../../../common/api';
import { createContext, dispatch, folders, type Handlers, type ServiceContext } from '../../../main/services';
import { FILE, VALID, wrongType } from './samples';

const NAMES = Object.keys(OPERATIONS) as OpName[];
let ctx: ServiceContext;
let file: string;
const handlers: Handlers = Object.fromEntries(NAMES.map((n) => [n, vi.fn(async () => 'done')])) as Handlers;

function withFile(req: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(req).map(([k, v]) => [k, v === FILE ? file : v]));
}

async function expectRejected(name: OpName, payload: unknown, code = 'invalid-input') {
  const calls = Object.values(handlers).reduce((n, h) => n + (h as ReturnType<typeof vi.fn>).mock.calls.length, 0);
  const r = await dispatch(handlers, ctx, name, payload);
  expect(r.ok, `${name} accepted ${JSON.stringify(payload).slice(0, 120)}`).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ]/i);
  }
  const after = Object.values(handlers).reduce((n, h) => n + (h as ReturnType<typeof vi.fn>).mock.calls.length, 0);
  expect(after, 'a handler ran for a rejected request').toBe(calls);
}

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-contract-'));
  ctx = createContext(dir, 'web');
  fs.mkdirSync(folders(dir).exports, { recursive: true });
  file = path.join(folders(dir).exports, 'van-ban.docx');
  fs.writeFileSync(file, 'PK');
});

afterAll(() => fs.rmSync(ctx.dataDir, { recursive: true, force: true }));

describe.each(NAMES)('%s', (name) => {
  const sample = VALID[name];
  const valid = () => withFile(sample ?? {});

  it('rejects a payload that is not an object, and unknown fields', async () => {
    for (const p of [null, 'chuỗi', 42, [valid()]]) await expectRejected(name, p);
    await expectRejected(name, { ...valid(), laLung: 1 });
  });

  if (!sample) return;

  it('accepts its valid sample and runs the handler once', async () => {
    const h = handlers[name] as ReturnType<typeof vi.fn>;
    const before = h.mock.calls.length;
    const r = await dispatch(handlers, ctx, name, valid());
    expect(r).toEqual({ ok: true, value: 'done' });
    expect(h.mock.calls.length).toBe(before + 1);
  });

  it('rejects a wrong type in each field', async () => {
    for (const [k, v] of Object.entries(valid())) await expectRejected(name, { ...valid(), [k]: wrongType(v) });
  });

  it('rejects each missing required field', async () => {
    const shape = (OPERATIONS[name].input as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
    for (const k of Object.keys(valid())) {
      if (shape[k]?.safeParse(undefined).success) continue;
      const { [k]: _gone, ...rest } = valid();
      await expectRejected(name, rest);
    }
  });

  it('rejects oversized strings in each text field', async () => {
    for (const [k, v] of Object.entries(valid())) {
      if (typeof v !== 'string') continue;
      await expectRejected(name, { ...valid(), [k]: 'x'.repeat(Math.max(LIMITS.path, LIMITS.text) + 1) });
    }
  });

  if (OPERATIONS[name].paths.length > 0) it('rejects paths outside the allowed folders', async () => {
    const outside = ['/etc/passwd', '../../etc/passwd', 'exports/../settings.json', 'drafts/x.json', path.join(ctx.dataDir, 'vanthu.db')];
    for (const key of OPERATIONS[name].paths) {
      for (const p of outside) await expectRejected(name, { ...valid(), [key]: p }, 'path-not-allowed');
    }
  });
});

it('unknown operations, prototype keys included, are refused', async () => {
  for (const n of ['drafts.drop', 'constructor', '__proto__', 'toString']) {
    const r = await dispatch(handlers, ctx, n, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unknown-operation');
  }
});

it('a symbolic link inside an allowed folder cannot lead outside it', async () => {
  const link = path.join(folders(ctx.dataDir).exports, 'link.db');
  fs.symlinkSync('/etc/hostname', link);
  await expectRejected('backup.restore', { file: link }, 'path-not-allowed');
});

it('messages name the field as the clerk sees it', async () => {
  const org = { ...(VALID['settings.saveOrganisation']!.organisation as object), symbol: 'T/U', name: '' };
  const r = await dispatch(handlers, ctx, 'settings.saveOrganisation', { organisation: org, term: { name: 'NK', start: '2025-02-30' } });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.message).toContain('Tên cơ quan ban hành: bắt buộc phải nhập.');
    expect(r.error.message).toContain('Ký hiệu cơ quan: không đúng định dạng');
    expect(r.error.message).toContain('Ngày bắt đầu nhiệm kỳ');
  }
});
