/** The application menu, in Vietnamese, with the usual shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu can ask of the main process. */
export interface MenuActions {
  /** Leave the office server and work alone on this machine (the confirmation is kept). */
  workAlone?: () => void;
}

/** Menu template; `isMac` puts the app menu first as macOS expects. */
export function menuTemplate(isMac: boolean, actions: MenuActions = {}): MenuItemConstructorOptions[] {
  const leave: MenuItemConstructorOptions[] = actions.workAlone
    ? [{ label: 'Rời máy chủ văn phòng, làm việc một mình', click: actions.workAlone }, { type: 'separator' }]
    : [];
  const menu: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [...leave, isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát', accelerator: 'Ctrl+Q' }],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: 'Làm lại', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: 'Sao chép', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: 'Dán', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: 'Chọn tất cả', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', label: 'Thu nhỏ', accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình', accelerator: 'F11' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ role: 'about', label: 'Giới thiệu vanthu' }] },
  ];
  return isMac ? [{ role: 'appMenu', label: 'vanthu' }, ...menu] : menu;
}
