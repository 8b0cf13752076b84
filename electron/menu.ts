/**
 * The Dutch application menu: Bestand, Bewerken, Beeld and Help, with an About box listing
 * the app, Electron and Chromium versions, every bundled document with its version, and the
 * folder the user's data lives in. Developer tools only appear in an unpackaged (development) app.
 */
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_START_URL } from './app-origin.js';
import { formatAboutDetail, readBundledDocuments } from './bundled-documents.js';

/** Installs the application menu. Call after the app is ready. */
export function setupMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged)));
}

/** The menu template for a platform; `packaged` hides the developer tools. */
export function menuTemplate(platform: NodeJS.Platform, packaged: boolean): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'Over Leestafel Leusden', click: () => void showAboutBox() };
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') {
    // macOS puts the first menu under the app's name; it holds About and Quit there.
    template.push({
      label: app.name,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: 'Verberg Leestafel Leusden' },
        { role: 'hideOthers', label: 'Verberg andere' },
        { role: 'unhide', label: 'Toon alles' },
        { type: 'separator' },
        { role: 'quit', label: 'Stop Leestafel Leusden' },
      ],
    });
  }
  template.push(
    {
      label: 'Bestand',
      submenu: [
        { label: 'Reservekopie maken…', click: showReservekopieScreen },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close', label: 'Sluit venster' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
        ...(packaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload', label: 'Opnieuw laden' },
              { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    { label: 'Help', role: 'help', submenu: [about] },
  );
  return template;
}

/** The reservekopie screen (renderer/navigation/route.ts's backupHref) on the app origin. */
export const RESERVEKOPIE_URL = `${APP_START_URL}#/reservekopie`;

// Only the hash differs from the app's page, so this is an in-page navigation, as a link would be.
function showReservekopieScreen(): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  void window?.webContents.loadURL(RESERVEKOPIE_URL);
}

async function showAboutBox(): Promise<void> {
  const runtime = {
    electronVersion: process.versions.electron ?? 'onbekend',
    chromeVersion: process.versions.chrome ?? 'onbekend',
    userDataPath: app.getPath('userData'),
  };
  const detail = formatAboutDetail(app.getVersion(), await readBundledDocuments(), runtime);
  const options = { type: 'info' as const, title: 'Over Leestafel Leusden', message: 'Leestafel Leusden', detail, buttons: ['Sluiten'] };
  const owner = BrowserWindow.getFocusedWindow();
  if (owner) await dialog.showMessageBox(owner, options);
  else await dialog.showMessageBox(options);
}
