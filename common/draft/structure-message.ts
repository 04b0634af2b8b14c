/**
 * Vietnamese wording of what ProseMirror or JSON.parse found wrong in a draft file, so a clerk
 * never reads "Invalid content for node body" or "Unexpected token" (the English stays out of
 * every message; the position or the node's name is kept).
 */

const NODE_NAMES: Record<string, string> = {
  doc: 'văn bản', header: 'phần đầu văn bản', title: 'tên loại và trích yếu', body: 'nội dung', closing: 'phần cuối',
  signature: 'chữ ký', recipients: 'nơi nhận', appendix: 'phụ lục', paragraph: 'đoạn văn', heading: 'đề mục',
  dash_item: 'dòng gạch đầu dòng', centered_heading: 'đề mục giữa dòng', table: 'bảng', table_row: 'dòng của bảng',
  table_cell: 'ô bảng', hard_break: 'ngắt dòng',
};

const nodeName = (n: string) => (NODE_NAMES[n] ? `${NODE_NAMES[n]} (${n})` : `"${n.slice(0, 40)}"`);

/** The Vietnamese sentence for an error thrown while building or checking the document of a draft. */
export function structureMessage(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  let m: RegExpExecArray | null;
  if ((m = /^Unknown node type: (.*)$/.exec(text))) return `có loại khối ${nodeName(m[1])} không có trong mẫu văn bản.`;
  if ((m = /^There is no mark type (.*) in this schema$/.exec(text))) return `có kiểu chữ "${m[1].slice(0, 40)}" không có (chỉ có đậm, nghiêng, gạch chân và chỗ trống của mẫu).`;
  if ((m = /^Invalid content for node ([^\s:]+)/.exec(text))) return `các phần bên trong ${nodeName(m[1])} sai thứ tự, thiếu phần bắt buộc hoặc có phần không được đặt ở đó.`;
  if ((m = /^Invalid collection of marks for node (\S+)/.exec(text))) return `${nodeName(m[1].replace(/:$/, ''))} có kiểu chữ không được dùng ở đó.`;
  if (/^Empty text nodes are not allowed/.test(text)) return 'có một đoạn chữ rỗng (text "").';
  if (/^Invalid text node in JSON/.test(text)) return 'có một đoạn chữ thiếu nội dung (trường "text").';
  if ((m = /^Expected value of type .* for attribute (\S+) on type (\S+),/.exec(text))) return `thuộc tính "${m[1]}" của ${nodeName(m[2])} sai kiểu dữ liệu.`;
  if ((m = /^No value supplied for attribute (\S+)/.exec(text))) return `thiếu thuộc tính "${m[1]}".`;
  if ((m = /^Unsupported attribute (\S+) for \S+ of type (\S+)/.exec(text))) return `${nodeName(m[2])} có thuộc tính "${m[1]}" không được phép.`;
  return 'dữ liệu của văn bản không đúng dạng.';
}

/** The Vietnamese sentence for a JSON.parse error: where the file is broken, without the English. */
export function jsonMessage(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  const at = /position (\d+)/.exec(text)?.[1];
  if (at !== undefined) return `lỗi ở ký tự thứ ${Number(at) + 1}`;
  if (/end of JSON input/.test(text)) return 'tệp bị cắt cụt, thiếu phần cuối';
  return 'sai cú pháp JSON';
}
