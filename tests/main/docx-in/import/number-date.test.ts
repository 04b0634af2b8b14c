/** The number and date lines as Word users write them: what is read and the report's sentence for each change. */
import { describe, expect, it } from 'vitest';
import { readDateLine, readNumberLine } from '../../../../main/docx-in/recognise/number-date';

describe('number line', () => {
  it.each([
    ['Số 04-NQ/TU', 4, 'NQ', 'TU', []],
    ['Số: 04-NQ/TU', 4, 'NQ', 'TU', ['Bỏ dấu hai chấm sau "Số" (văn bản của Đảng viết "Số 04-NQ/TU").']],
    ['Số 4-NQ/TU', 4, 'NQ', 'TU', ['Số thứ tự "4" viết "04".']],
    ['Số: 04/NQ-TU', 4, 'NQ', 'TU', ['Bỏ dấu hai chấm sau "Số" (văn bản của Đảng viết "Số 04-NQ/TU").', 'Đổi "04/NQ-TU" (cách ghi của văn bản nhà nước) thành "04-NQ/TU".']],
    ['Số 12/2026/KH-TU', 12, 'KH', 'TU', ['Bỏ năm trong ký hiệu (số văn bản của Đảng không ghi năm).', 'Đổi "12/KH-TU" (cách ghi của văn bản nhà nước) thành "12-KH/TU".']],
    ['Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-CV/VPTU', null, 'CV', 'VPTU', []],
  ])('%s', (text, serial, typeCode, issuerCode, changes) => {
    expect(readNumberLine(text)).toEqual({ serial, typeCode, issuerCode, changes });
  });
});

describe('date line', () => {
  it.each([
    ['Hà Nam, ngày 06 tháng 3 năm 2021', '2021-03-06', []],
    ['Hà Nam, ngày 06/03/2021', '2021-03-06', ['Ngày 06/03/2021 → "ngày 06 tháng 3 năm 2021".']],
    ['Hà Nam, ngày 6 tháng 03 năm 2021', '2021-03-06', ['Ngày "ngày 6 tháng 03 năm 2021" → "ngày 06 tháng 3 năm 2021" (Tháng từ 3 đến 9 không viết số 0 đứng trước (ví dụ "tháng 3", không phải "tháng 03")).']],
    ['Hà Nam, ngày 5 tháng 2 năm 2026', '2026-02-05', ['Ngày "ngày 5 tháng 2 năm 2026" → "ngày 05 tháng 02 năm 2026" (Ngày dưới 10 viết có số 0 đứng trước (ví dụ "ngày 06")).']],
    ['Hà Nam, ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm', null, []],
  ])('%s', (text, date, changes) => {
    expect(readDateLine(text)).toEqual({ place: 'Hà Nam', date, changes });
  });

  it('a date that is not on the calendar is left blank with a reason', () => {
    expect(readDateLine('Hà Nam, ngày 31 tháng 02 năm 2026')).toMatchObject({ date: null, problem: 'Ngày 31/02/2026 không có trên lịch.' });
  });
});
