/**
 * The store runs the same Kysely queries on SQLite and on a real PostgreSQL, synchronously, with
 * the same results; transactions commit, roll back and nest the same way. PostgreSQL's connection
 * failures are Vietnamese messages naming the server by its masked URL.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Generated, sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { reportFailure } from '../../../main/cli/errors';
import { UserError } from '../../../common/api/errors';
import { isUniqueViolation, openStore, type Store } from '../../../main/store';
import { ENGINES, useEngines } from './engines';

interface NoteTable { id: Generated<number>; title: string; body: Buffer | null; done: Generated<number> }
interface NoteTables { notes: NoteTable }

const engines = useEngines();

/** A store over a fresh database with a `notes` table. */
async function notes(engine: (typeof ENGINES)[number]): Promise<Store<NoteTables>> {
  const store = (await engines.open(engine)) as unknown as Store<NoteTables>;
  store.run(store.db.schema.createTable('notes')
    .addColumn('id', engine === 'sqlite' ? 'integer' : 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull().unique())
    .addColumn('body', engine === 'sqlite' ? 'blob' : 'bytea')
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0)));
  return store;
}

const titles = (store: Store<NoteTables>) => store.all(store.db.selectFrom('notes').select('title').orderBy('id')).map((r) => r.title);

describe.each(ENGINES)('store on %s', (engine) => {
  it('runs written-once queries synchronously with the same results', async () => {
    const store = await notes(engine);
    expect(store.engine).toBe(engine);
    const a = store.first(store.db.insertInto('notes').values({ title: 'Nghị quyết', body: Buffer.from([0, 1, 255]) }).returning('id'));
    const b = store.first(store.db.insertInto('notes').values({ title: 'Chỉ thị', body: null, done: 1 }).returning('id'));
    expect([a?.id, b?.id]).toEqual([1, 2]);
    expect(store.all(store.db.selectFrom('notes').selectAll().orderBy('id'))).toEqual([
      { id: 1, title: 'Nghị quyết', body: Buffer.from([0, 1, 255]), done: 0 },
      { id: 2, title: 'Chỉ thị', body: null, done: 1 },
    ]);
    const count = store.first(store.db.selectFrom('notes').select((eb) => eb.fn.countAll().as('n')));
    expect(count?.n).toBe(2);
    expect(store.run(store.db.updateTable('notes').set({ done: 1 }).where('done', '=', 0))).toEqual({ changes: 1 });
    expect(store.first(sql<{ t: string }>`select title as t from notes where id = ${2}`)?.t).toBe('Chỉ thị');
    expect(store.first(store.db.selectFrom('notes').select('id').where('title', '=', 'không có'))).toBeUndefined();
  });

  it('commits a transaction, rolls back one that throws, and nests as savepoints', async () => {
    const store = await notes(engine);
    expect(store.transaction(() => {
      store.run(store.db.insertInto('notes').values({ title: 'một' }));
      return 'xong';
    })).toBe('xong');
    expect(() => store.transaction(() => {
      store.run(store.db.insertInto('notes').values({ title: 'hai' }));
      throw new Error('hỏng giữa chừng');
    })).toThrow('hỏng giữa chừng');
    store.transaction(() => {
      store.run(store.db.insertInto('notes').values({ title: 'ba' }));
      expect(() => store.transaction(() => {
        store.run(store.db.insertInto('notes').values({ title: 'bốn' }));
        throw new Error('bên trong');
      })).toThrow('bên trong');
      store.transaction(() => store.run(store.db.insertInto('notes').values({ title: 'năm' })));
    });
    expect(titles(store)).toEqual(['một', 'ba', 'năm']);
    expect(store.transaction(() => 7)).toBe(7);
    expect(store.transaction(() => store.transaction(() => 8))).toBe(8);
  });

  it('refuses an async transaction function and writes nothing of it', async () => {
    const store = await notes(engine);
    expect(() => store.transaction((() => {
      store.run(store.db.insertInto('notes').values({ title: 'sáu' }));
      return Promise.resolve();
    }) as () => unknown)).toThrow(TypeError);
    expect(titles(store)).toEqual([]);
  });

  it('reports a unique violation the same way on both engines', async () => {
    const store = await notes(engine);
    store.run(store.db.insertInto('notes').values({ title: 'trùng' }));
    let caught: unknown;
    try {
      store.run(store.db.insertInto('notes').values({ title: 'trùng' }));
    } catch (e) {
      caught = e;
    }
    expect(isUniqueViolation(caught)).toBe(true);
    expect(caught).not.toBeInstanceOf(UserError);
  });
});

describe('PostgreSQL connection failures', () => {
  const message = (value: string) => {
    try {
      openStore(value).close();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as Error).message;
    }
    throw new Error('opened');
  };

  it('says the server refused, naming it without the password', () => {
    const text = message('postgres://vanthu:bi-mat@127.0.0.1:1/khong_co');
    expect(text).toContain('Không kết nối được máy chủ PostgreSQL postgres://vanthu:***@127.0.0.1:1/khong_co');
    expect(text).toContain('máy chủ chưa chạy hoặc sai cổng');
    expect(text).not.toContain('bi-mat');
  });

  it('is an exit 1 in the CLI, with the Vietnamese message alone', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      openStore(engines.server.urlWithWrongPassword);
    } catch (e) {
      expect(reportFailure(e, 'Không mở được sổ đăng ký')).toBe(1);
    }
    expect(printed).toHaveBeenCalledTimes(1);
    expect(String(printed.mock.calls[0][0])).toMatch(/^Máy chủ PostgreSQL postgres:\/\/vanthu:\*\*\*@127\.0\.0\.1:\d+\/vanthu_test từ chối đăng nhập/);
    printed.mockRestore();
  });

  it('says the password is wrong, and names an unknown database', () => {
    const wrong = message(engines.server.urlWithWrongPassword);
    expect(wrong).toContain('sai tên người dùng hoặc mật khẩu');
    expect(wrong).toContain(':***@127.0.0.1:');
    expect(wrong).not.toContain(new URL(engines.server.urlWithWrongPassword).password);
    expect(message(engines.server.databaseUrl('khong_co'))).toContain('không có cơ sở dữ liệu "khong_co"');
  });

  it('says the connection was lost when the server stops mid-transaction; nothing of it is written', async () => {
    const store = await notes('postgres');
    let caught: unknown;
    try {
      store.transaction(() => {
        store.run(store.db.insertInto('notes').values({ title: 'đang ghi' }));
        engines.server.kill();
        store.run(store.db.insertInto('notes').values({ title: 'sau khi mất' }));
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as Error).message).toMatch(/^Mất kết nối tới máy chủ PostgreSQL postgres:\/\/vanthu:\*\*\*@127\.0\.0\.1:\d+\/store_\d+\. Thao tác đang làm chưa được ghi\./);
    engines.server.restart();
    // The same store connects again for its next work; the lost transaction left nothing.
    expect(titles(store)).toEqual([]);
  });

  it('knows a COMMIT never sent wrote nothing, and then works again', async () => {
    const store = await notes('postgres');
    let caught: unknown;
    try {
      store.transaction(() => {
        store.run(store.db.insertInto('notes').values({ title: 'trước khi dừng' }));
        engines.server.kill();
      });
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toContain('Thao tác đang làm chưa được ghi.');
    engines.server.restart();
    store.transaction(() => store.run(store.db.insertInto('notes').values({ title: 'sau khi chạy lại' })));
    expect(titles(store)).toEqual(['sau khi chạy lại']);
  });
});

describe('the store built as dist/node builds it', () => {
  it('runs on PostgreSQL from an esbuild bundle (the worker needs no file of its own)', async () => {
    const { build } = await import('esbuild');
    // Inside the project, as dist/node is, so the bundle finds pg in node_modules at run time.
    const out = path.resolve('node_modules/.cache', `vanthu-store-bundle-${process.pid}`);
    mkdirSync(out, { recursive: true });
    try {
      await build({
        entryPoints: { store: 'main/store/index.ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20.19',
        outdir: out, outExtension: { '.js': '.mjs' }, external: ['better-sqlite3'], minifySyntax: true, minifyWhitespace: true,
        logLevel: 'silent', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
      });
      writeFileSync(path.join(out, 'run.mjs'), [
        "import { allocate, ensureCounters, openStore } from './store.mjs';",
        'const store = openStore(process.argv[2]);',
        'ensureCounters(store);',
        "console.log(allocate(store, 'dist'), allocate(store, 'dist'));",
        'store.close();',
      ].join('\n'));
      const printed = execFileSync(process.execPath, [path.join(out, 'run.mjs'), await engines.location('postgres')], { encoding: 'utf8', timeout: 60_000 });
      expect(printed.trim()).toBe('1 2');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
