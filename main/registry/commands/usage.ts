/** Help text of `vanthu registry`. */
export const USAGE = `Cách dùng: vanthu registry <lệnh> [--db tệp.db] …  (mặc định: sổ trong thư mục dữ liệu của người dùng)
  init [--org co-quan.json] [--term 2025–2030 --start 2025-10-15]   tạo sổ (và sổ văn bản đi của cơ quan)
  books [--json]                                  liệt kê sổ văn bản đi, sổ văn bản đến
  books add --issuer TU --name "Tỉnh ủy" [--scope term|year|shared] [--secret-separate]
  books scope --book 1 --type GM --scope year     phạm vi đánh số của một loại văn bản
  term open --book 1 --name 2025–2030 --start 2025-10-15
  term close --book 1 --end 2030-10-14
  term last-used --book 1 --type NQ --last 45 [--secret]   số cuối cùng đã dùng trước khi dùng vanthu
  out register <du-thao.json> -o van-ban.docx [--book 1] [--date 2026-03-06] [--reservation ID]
  out reserve --type NQ [--book 1] [--date …] [--summary …]   giữ số
  out release <mã> --reason …                     trả số giữ chỗ
  out cancel <04-NQ/TU | mã> --reason …            hủy số
  out list [--from … --to …] [--json]
  in add <van-ban-den.json> [--attach tệp]…       vào sổ văn bản đến
  in list [--overdue] [--year 2026] [--json]
  in stamp <mã>                                   nội dung dấu "VĂN BẢN ĐẾN"
  in status <mã> "đã xử lý" [--reason …]           trạng thái xử lý
  search <chữ cần tìm> [--book … --type … --from … --to … --status … --overdue]
  backup <tệp-đích.db>          restore <tệp-sao-lưu.db>          audit verify
  backup --db postgres://… [--out thư-mục] [--keep 14]   restore <tệp.dump> --db postgres://…/csdl-mới   (máy chủ PostgreSQL: pg_dump, pg_restore)
  move-in <tệp.db | bản-sao-lưu.db> --db postgres://… [--tep thư-mục-tệp] [--khoa audit.key] [--data-dir thư-mục]   chuyển sổ một máy vào máy chủ (sổ trống)
  print out|in|follow-up --from 2026-01-01 --to 2026-12-31 -o so.docx|so.xlsx [--book …]
  import <so-cu.xlsx|.csv> [--book 1] [--apply]   nhập sổ đang giữ bằng Excel: xem trước (không ghi gì); --apply để ghi`;
