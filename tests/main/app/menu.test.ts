/** The Vietnamese application menu and the remembered window bounds. */
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../main/app/menu';
import { visibleBounds } from '../../../main/app/window-state';

describe('menu', () => {
  it('is in Vietnamese with the usual shortcuts', () => {
    const m = menuTemplate(false);
    expect(m.map((x) => x.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const items = m.flatMap((x) => (Array.isArray(x.submenu) ? x.submenu : []));
    const acc = Object.fromEntries(items.filter((i) => i.label).map((i) => [i.label, i.accelerator]));
    expect(acc).toMatchObject({ 'Hoàn tác': 'CmdOrCtrl+Z', 'Làm lại': 'Ctrl+Y', 'Sao chép': 'CmdOrCtrl+C', 'Dán': 'CmdOrCtrl+V', Thoát: 'Ctrl+Q' });
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1366, height: 768 }];
  it('keeps bounds that are on a screen and drops the position of ones that are not', () => {
    expect(visibleBounds({ x: 100, y: 50, width: 1000, height: 600 }, screen)).toEqual({ x: 100, y: 50, width: 1000, height: 600 });
    expect(visibleBounds({ x: 3000, y: 50, width: 1000, height: 600 }, screen)).toEqual({ width: 1000, height: 600 });
  });
});
