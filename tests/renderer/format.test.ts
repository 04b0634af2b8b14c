/** Display helpers of the renderer. */
import { describe, expect, it } from 'vitest';
import { statusLabel, viSize } from '../../renderer/screens/format';
import { displayDate } from '../../common/rules/date-line';
import { SECTIONS } from '../../renderer/app/sections';

describe('format', () => {
  it('writes dates as dd/mm/yyyy and sizes with a decimal comma', () => {
    expect(displayDate('2026-03-04')).toBe('04/03/2026');
    expect(displayDate('2026-03-04T08:15:00.000Z')).toBe('04/03/2026');
    expect(displayDate('')).toBe('');
    expect(displayDate(null)).toBe('');
    expect(viSize(1536)).toBe('1,5 KB');
  });

  it('labels incoming and outgoing statuses from the common lists', () => {
    expect(statusLabel('chưa xử lý')).toBe('Chưa xử lý');
    expect(statusLabel('reserved')).toBe('Giữ số');
    expect(statusLabel('cancelled')).toBe('Đã hủy');
    expect(statusLabel('lạ')).toBe('lạ');
  });

  it('the navigation has the five sections of the issue, the office flow\'s Hàng chờ and, last, the server\'s Tài khoản', () => {
    expect(SECTIONS.map((s) => s.label)).toEqual(['Soạn thảo', 'Hàng chờ', 'Văn bản đi', 'Văn bản đến', 'Tìm kiếm', 'Danh mục / Cài đặt', 'Tài khoản']);
  });
});
