import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  openLogsFolder(): void;
  openBackupsFolder(): void;
  quit(): void;
}

/**
 * The application menu: standard roles (so copy/paste and window shortcuts work everywhere),
 * Help with the folders a rep or support asks about. Reload and DevTools exist only in
 * development builds — a packaged app has neither.
 */
export function appMenuTemplate(
  options: { platform: NodeJS.Platform; packaged: boolean; productName: string },
  actions: AppMenuActions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const quit: MenuItemConstructorOptions = {
    label: mac ? `Quit ${options.productName}` : 'Quit',
    accelerator: 'CmdOrCtrl+Q',
    click: () => actions.quit(),
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const develop: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  return [
    ...(mac
      ? [
          {
            label: options.productName,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              quit,
            ],
          } as MenuItemConstructorOptions,
        ]
      : [{ label: 'File', submenu: [quit] } as MenuItemConstructorOptions]),
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: [...view, ...develop] },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Open Logs Folder', click: () => actions.openLogsFolder() },
        { label: 'Open Backups Folder', click: () => actions.openBackupsFolder() },
      ],
    },
  ];
}
