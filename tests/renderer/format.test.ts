/** Display helpers of the renderer. */
import { describe, expect, it } from 'vitest';
import { capitalise, viDate, viSize } from '../../renderer/screens/format';
import { SECTIONS } from '../../renderer/app/sections';

describe('format', () => {
  it('writes dates as dd/mm/yyyy and sizes with a decimal comma', () => {
    expect(viDate('2026-03-04')).toBe('04/03/2026');
    expect(viDate('')).toBe('');
    expect(viSize(1536)).toBe('1,5 KB');
    expect(capitalise('chưa xử lý')).toBe('Chưa xử lý');
  });

  it('the navigation has the five sections of the issue, in order', () => {
    expect(SECTIONS.map((s) => s.label)).toEqual(['Soạn thảo', 'Văn bản đi', 'Văn bản đến', 'Tìm kiếm', 'Danh mục / Cài đặt']);
  });
});
