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

  it('offers to leave the office server when the main process gives the action', () => {
    let asked = 0;
    const file = menuTemplate(false, { workAlone: () => asked++ })[0];
    const item = (Array.isArray(file?.submenu) ? file.submenu : []).find((i) => i.label === 'Rời máy chủ văn phòng, làm việc một mình');
    (item?.click as (() => void) | undefined)?.();
    expect(asked).toBe(1);
    const plain = menuTemplate(false)[0];
    expect((Array.isArray(plain?.submenu) ? plain.submenu : []).map((i) => i.label)).toEqual(['Thoát']);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1366, height: 768 }];
  it('keeps bounds that are on a screen and drops the position of ones that are not', () => {
    expect(visibleBounds({ x: 100, y: 50, width: 1000, height: 600 }, screen)).toEqual({ x: 100, y: 50, width: 1000, height: 600 });
    expect(visibleBounds({ x: 3000, y: 50, width: 1000, height: 600 }, screen)).toEqual({ width: 1000, height: 600 });
  });
});
