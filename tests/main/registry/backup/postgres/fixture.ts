/**
 * A database to back up, filled by the tests themselves: an outgoing book with Vietnamese text
 * (tone marks, đ/Đ, NFC and NFD forms), a bytea column of every byte value, dates, times, numbers,
 * floats, JSON and NULLs; a counter table kept by a trigger (a sequence-like counter); a table
 * without a primary key; a second schema with a composite key; explicit sequences (one advanced,
 * one set with is_called = false). `readEverything` reads every table's rows in key order and every
 * sequence, straight through node-postgres, independently of the module under test.
 */
import pg from 'pg';

/** Creates and fills the test tables in the database of `url`. */
export async function fillDatabase(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`
      CREATE TABLE bo_dem (khoa text PRIMARY KEY, so_cuoi integer NOT NULL);
      CREATE TABLE so_di (
        id serial PRIMARY KEY, so text NOT NULL, trich_yeu text NOT NULL, ngay date, luc timestamptz,
        so_tien numeric(14, 2), ty_le double precision, mat boolean, tep bytea, thong_tin jsonb, ghi_chu text);
      CREATE FUNCTION tang_bo_dem() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO bo_dem (khoa, so_cuoi) VALUES ('NQ', 1) ON CONFLICT (khoa) DO UPDATE SET so_cuoi = bo_dem.so_cuoi + 1;
          RETURN NEW;
        END $$;
      CREATE TRIGGER so_di_dem AFTER INSERT ON so_di FOR EACH ROW EXECUTE FUNCTION tang_bo_dem();
      CREATE TABLE nhat_ky (luc timestamptz, viec text, chi_tiet jsonb);
      CREATE SCHEMA kho;
      CREATE TABLE kho.tep_dinh_kem (so_den integer, thu_tu integer, ten text, PRIMARY KEY (so_den, thu_tu));
      CREATE SEQUENCE so_den_seq START 100;
      CREATE SEQUENCE chua_dung_seq START 7;
    `);
    const texts = [
      'Nghị quyết về công tác xây dựng Đảng nhiệm kỳ 2025–2030',
      'Chỉ thị tăng cường lãnh đạo công tác phòng, chống tham nhũng, tiêu cực',
      'Kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số — “văn bản điện tử”',
      'Quyết định chuẩn y Ban Chấp hành Đảng bộ xã Đắk Đoa'.normalize('NFD'),
      'Thông báo ý kiến của Thường trực Tỉnh ủy: ổn định, ưu tiên, đầu tư\n(dòng thứ hai)\tcó tab',
    ];
    const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    for (let i = 0; i < 40; i++) {
      await c.query(
        'INSERT INTO so_di (so, trich_yeu, ngay, luc, so_tien, ty_le, mat, tep, thong_tin, ghi_chu) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [`${String(i + 1).padStart(2, '0')}-NQ/TU`, texts[i % texts.length], `2026-0${1 + (i % 9)}-1${i % 10}`, `2026-03-06T0${i % 10}:15:00.123456+07:00`,
          (i * 1234.5).toFixed(2), i / 10, i % 3 === 0, i % 4 === 0 ? null : Buffer.concat([allBytes, Buffer.from(`tệp ${i}`)]),
          JSON.stringify({ nguoi_ky: 'Nguyễn Văn Đức', lan: i, "khóa 'lạ'": [1, 'ư'] }), i % 5 === 0 ? null : 'Ghi chú: Đ đ ơ ư ă â ê ô'],
      );
    }
    await c.query("DELETE FROM so_di WHERE id IN (7, 8)"); // gaps in the serial
    for (let i = 0; i < 12; i++) await c.query('INSERT INTO nhat_ky VALUES (now() - $1::interval, $2, $3)', [`${i} hours`, i % 2 ? 'cấp số' : 'hủy số', JSON.stringify({ i })]);
    await c.query("INSERT INTO nhat_ky VALUES (NULL, 'trùng', NULL), (NULL, 'trùng', NULL)"); // identical rows, no key
    for (let i = 1; i <= 15; i++) await c.query('INSERT INTO kho.tep_dinh_kem VALUES ($1, $2, $3)', [100 + (i % 4), i, `Công văn số ${i}/UBND — đính kèm.pdf`]);
    for (let i = 0; i < 5; i++) await c.query("SELECT nextval('so_den_seq')");
    await c.query("SELECT setval('chua_dung_seq', 42, false)");
  } finally {
    await c.end();
  }
}

/** The tables of fillDatabase with their ORDER BY. */
const TABLES: Record<string, string> = {
  bo_dem: 'khoa', so_di: 'id', nhat_ky: 'luc NULLS FIRST, viec', 'kho.tep_dinh_kem': 'so_den, thu_tu',
};
const SEQUENCES = ['so_di_id_seq', 'so_den_seq', 'chua_dung_seq'];

/** Every row of every test table in key order, and every sequence's state. */
export async function readEverything(url: string): Promise<Record<string, unknown[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const all: Record<string, unknown[]> = {};
    for (const [table, order] of Object.entries(TABLES)) all[table] = (await c.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
    for (const seq of SEQUENCES) all[seq] = (await c.query(`SELECT last_value, is_called FROM ${seq}`)).rows;
    return all;
  } finally {
    await c.end();
  }
}

/** Runs one SQL statement on `url` and returns its rows. */
export async function sql(url: string, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}
