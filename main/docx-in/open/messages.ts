/**
 * The Vietnamese refusals of opening a Word file, one per reason, each a UserError (exit 1 in the
 * command line) naming the file and saying what the user can do. Nothing is written when one is thrown.
 */
import { UserError } from '../../../common/api/errors';
import { DOCX_LIMITS, megabytes } from './limits';

const refuse = (message: string) => new UserError('invalid-input', message);

/** Every refusal, by reason. `name` is the file's name as the user gave it. */
export const refusal = {
  missing: (name: string) => refuse(`Không tìm thấy tệp "${name}".`),
  notFile: (name: string) => refuse(`"${name}" là thư mục, không phải tệp Word (.docx).`),
  empty: (name: string) => refuse(`Tệp "${name}" rỗng (0 byte), không phải tệp Word (.docx).`),
  tooLarge: (name: string, size: number) => new UserError('too-large',
    `Tệp "${name}" nặng ${megabytes(size)}, quá giới hạn ${megabytes(DOCX_LIMITS.maxFileBytes)} của tệp Word vanthu mở được. Hãy bỏ bớt hình ảnh hoặc tách văn bản.`),
  encrypted: (name: string) => refuse(
    `Tệp "${name}" được đặt mật khẩu (mã hóa), vanthu không đọc được. Hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại và thử lại.`),
  oldWord: (name: string) => refuse(
    `Tệp "${name}" là tệp Word 97–2003 (.doc) hoặc tệp Office cũ, không phải .docx. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng "Tài liệu Word (*.docx)".`),
  pdf: (name: string) => refuse(`Tệp "${name}" là tệp PDF, không phải tệp Word (.docx); vanthu chỉ nhập văn bản từ tệp .docx.`),
  rtf: (name: string) => refuse(`Tệp "${name}" là tệp RTF, không phải .docx. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng "Tài liệu Word (*.docx)".`),
  odt: (name: string) => refuse(`Tệp "${name}" là tệp OpenDocument (.odt), không phải .docx. Hãy mở bằng LibreOffice và lưu lại dạng "Word 2007–365 (.docx)".`),
  excel: (name: string) => refuse(`Tệp "${name}" là bảng tính Excel, không phải văn bản Word (.docx).`),
  powerpoint: (name: string) => refuse(`Tệp "${name}" là tệp trình chiếu PowerPoint, không phải văn bản Word (.docx).`),
  notZip: (name: string) => refuse(`Tệp "${name}" không phải tệp Word (.docx): nội dung không phải gói DOCX.`),
  noDocument: (name: string) => refuse(`Tệp "${name}" là gói nén nhưng không phải tệp Word (.docx): thiếu phần nội dung văn bản (word/document.xml).`),
  truncated: (name: string) => refuse(`Tệp "${name}" bị cắt cụt hoặc hỏng (gói DOCX không trọn vẹn). Hãy chép lại tệp từ nguồn gửi.`),
  damaged: (name: string, part: string) => refuse(`Tệp "${name}" bị hỏng ở phần "${part}", không giải nén được. Hãy chép lại tệp từ nguồn gửi hoặc mở bằng Word rồi lưu lại.`),
  unsupported: (name: string, why: string) => refuse(`Tệp "${name}" dùng cách nén vanthu không đọc được (${why}). Hãy mở bằng Word rồi lưu lại dạng .docx.`),
  bomb: (name: string, part: string) => new UserError('too-large',
    `Tệp "${name}" có phần "${part}" giải nén ra quá lớn (hơn ${megabytes(DOCX_LIMITS.maxPartBytes)} hoặc tỉ lệ nén bất thường): tệp có thể là "bom nén" nên vanthu dừng đọc. Không có gì được ghi ra.`),
  tooMuch: (name: string) => new UserError('too-large',
    `Tệp "${name}" có tổng dung lượng giải nén quá lớn (quá ${megabytes(DOCX_LIMITS.maxTotalBytes)} nội dung văn bản): vanthu dừng đọc. Không có gì được ghi ra.`),
  macros: (name: string) => refuse(
    `Tệp "${name}" có macro (mã lệnh VBA). vanthu không nhập tệp có macro để tránh mã độc; macro không được chạy. Hãy mở bằng Word, lưu lại dạng "Tài liệu Word (*.docx)" (không có macro) rồi nhập lại.`),
  badXml: (name: string, part: string, why: string) => refuse(`Tệp "${name}" bị hỏng ở phần "${part}": XML không hợp lệ (${why}).`),
  dtd: (name: string, part: string) => refuse(`Tệp "${name}" có phần "${part}" chứa khai báo DTD/thực thể XML, điều tệp Word không bao giờ có; vanthu không đọc tệp này.`),
} as const;
