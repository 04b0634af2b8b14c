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

describe('messages say what is wrong, in Vietnamese, naming the field', () => {
  async function messageOf(name: OpName, payload: unknown): Promise<string> {
    const r = await dispatch(handlers, ctx, name, payload);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error.message;
  }

  it('a wrongly typed field is not reported as missing', async () => {
    const year = await messageOf('registry.deskStats', { year: 'x' });
    expect(year).toContain('Năm: phải là số.');
    expect(year).not.toContain('bắt buộc');
    expect(await messageOf('registry.deskStats', {})).toContain('Năm: bắt buộc phải nhập.');
    expect(await messageOf('registry.deskSearch', { text: 12 })).toContain('Từ khóa tìm kiếm: phải là chuỗi ký tự.');
    expect(await messageOf('registry.deskPrint', { kind: 'in', from: 20260101, to: '2026-02-01', format: 'docx' }))
      .toContain('Từ ngày: phải là ngày dạng năm-tháng-ngày');
    expect(await messageOf('registry.deskPrint', { kind: 'sổ', from: '2026-01-01', to: '2026-02-01', format: 'docx' }))
      .toContain('Loại: chỉ nhận một trong các giá trị: "in", "out", "follow-up".');
  });

  it('too big or too small says the bound, never zod English', async () => {
    expect(await messageOf('registry.deskStats', { year: 1000000000 })).toMatch(/Năm: không được lớn hơn \d{4}\./u);
    expect(await messageOf('registry.deskStats', { year: 1200 })).toContain('Năm: không được nhỏ hơn 1930.');
    expect(await messageOf('drafts.list', { limit: 100000 })).toContain('Số dòng mỗi trang: không được lớn hơn 500.');
    for (const payload of [{ year: 'x' }, { year: 1e12 }, { year: -1 }, { year: 1.5 }, { year: null }]) {
      const m = await messageOf('registry.deskStats', payload);
      expect(m).not.toMatch(/Too big|Too small|Expected|Invalid|received/);
    }
  });

  it('dates outside 1930 – a year after today are refused', async () => {
    for (const d of ['9999-12-31', '0001-01-01', '1929-12-31']) {
      const m = await messageOf('registry.deskPrint', { kind: 'in', from: d, to: '2026-02-01', format: 'docx' });
      expect(m).toMatch(/Từ ngày: .* nằm ngoài khoảng cho phép, phải từ 01\/01\/1930 đến/u);
    }
  });

  it('a deeply nested payload is refused with a Vietnamese message, not a stack overflow', async () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const m = await messageOf('drafts.autosave', { id: '20261122-abcdef12', draft: deep });
    expect(m).toBe('Dữ liệu không hợp lệ: lồng nhau quá 64 tầng.');
    let list: unknown = [];
    for (let i = 0; i < 100; i++) list = [list];
    expect(await messageOf('drafts.autosave', { id: '20261122-abcdef12', draft: { x: list } })).toContain('lồng nhau');
  });

  it('text that XML cannot carry is removed before any handler sees it', async () => {
    const h = handlers['registry.deskSearch'] as ReturnType<typeof vi.fn>;
    const r = await dispatch(handlers, ctx, 'registry.deskSearch', { text: 'chuy\u0001ển\uFFFE đổi\uD800 số\uFFFF', limit: 5 });
    expect(r.ok).toBe(true);
    expect(h.mock.calls.at(-1)?.[0]).toMatchObject({ text: 'chuyển đổi số', limit: 5 });
    const d = handlers['drafts.autosave'] as ReturnType<typeof vi.fn>;
    await dispatch(handlers, ctx, 'drafts.autosave', { id: '20261122-abcdef12', draft: { doc: { content: [{ text: 'a\u0007b\tc\n' }] } } });
    expect(d.mock.calls.at(-1)?.[0].draft).toEqual({ doc: { content: [{ text: 'ab\tc\n' }] } });
  });
});

it('a date in a field that may also be empty keeps its own message', async () => {
  const r = await dispatch(handlers, ctx, 'registry.deskDuplicates', { senderNumber: '12-BC/HU', docDate: '9999-12-31' });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toMatch(/31\/12\/9999 nằm ngoài khoảng cho phép, phải từ 01\/01\/1930/u);
});
