/**
 * The Vietnamese names of the parts of a Party document, as the format check's panel, the Word
 * check and the import report name them ("Phần đầu văn bản", not "tiêu đề": the title line of a
 * Party document is ĐẢNG CỘNG SẢN VIỆT NAM).
 */

/** A part a finding or a report line can point at. */
export type NamedPart = 'header' | 'title' | 'body' | 'signature' | 'recipients' | 'appendix';

/** The name of each part. */
export const PART_LABELS: Readonly<Record<NamedPart, string>> = {
  header: 'Phần đầu văn bản',
  title: 'Tên loại, trích yếu',
  body: 'Nội dung',
  signature: 'Chữ ký',
  recipients: 'Nơi nhận',
  appendix: 'Phụ lục',
};
