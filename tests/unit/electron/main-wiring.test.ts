// main.ts with Electron mocked: the scheme is privileged before ready, every feature is set
// up, the window gets the secure web preferences and loads the app origin, navigation away,
// new windows, permissions and network requests are refused, and the Dutch menu is built.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));

beforeAll(async () => {
  await import('../../../electron/main');
  electronMock.makeReady();
  await electronMock.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main', () => {
  it('registers the scheme before ready, then sets up protocol, IPC, menu and window', () => {
    expect(electronMock.log.map(([step, detail]) => (step === 'BrowserWindow' || step === 'menu' ? step : detail === undefined ? step : `${step} ${String(detail)}`))).toEqual([
      'setName Leestafel Leusden',
      'setPath userData /home/raadslid/Documenten/Leestafel Leusden',
      'registerSchemesAsPrivileged',
      'ready',
      'protocol.handle app',
      'ipcMain.handle desktop:getAppInfo',
      'ipcMain.handle desktop:saveFile',
      'ipcMain.handle desktop:printToPdf',
      'ipcMain.handle desktop:openReservekopie',
      'ipcMain.handle desktop:openFractieset',
      'ipcMain.handle desktop:storeAutoBackup',
      'ipcMain.handle desktop:listAutoBackups',
      'ipcMain.handle desktop:readAutoBackup',
      'menu',
      'BrowserWindow',
      'loadURL app://leestafel/index.html',
    ]);
  });

  it('opens the window with the secure web preferences', () => {
    expect(electronMock.log.find(([step]) => step === 'BrowserWindow')?.[1]).toEqual({
      preload: expect.stringMatching(/preload\.js$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('keeps navigation on the app origin and denies new windows', () => {
    const navigate = (url: string) => {
      let prevented = false;
      electronMock.webContents.listeners.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://www.leusden.nl/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://leestafel/index.html#/doc/kadernota-2022-domein-3')).toBe(false);
    expect(electronMock.webContents.openHandler?.({ url: 'https://www.leusden.nl/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions and cancels every request off the app origin', () => {
    const granted: boolean[] = [];
    electronMock.session.permissionRequest?.({}, 'media', (allow: boolean) => granted.push(allow));
    expect(granted).toEqual([false]);
    expect(electronMock.session.permissionCheck?.({}, 'notifications')).toBe(false);
    const cancelled = (url: string) => {
      let result: unknown;
      electronMock.session.beforeRequest?.({ url }, (response: unknown) => (result = response));
      return result;
    };
    expect(cancelled('https://www.leusden.nl/')).toEqual({ cancel: true });
    expect(cancelled('ws://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(cancelled('app://leestafel/documents/index.json')).toEqual({ cancel: false });
  });

  it('builds the Dutch menu, with developer tools while unpackaged', () => {
    expect(electronMock.log.find(([step]) => step === 'menu')?.[1]).toEqual([
      'Bestand: Reservekopie maken… | — | Afsluiten',
      'Bewerken: Ongedaan maken | Opnieuw | — | Knippen | Kopiëren | Plakken | Alles selecteren',
      'Beeld: Inzoomen | Uitzoomen | Werkelijke grootte | — | Volledig scherm | — | Opnieuw laden | Ontwikkelaarshulpmiddelen',
      'Help: Over Leestafel Leusden',
    ]);
  });

  it('leaves the developer tools out of a packaged app', async () => {
    const { menuTemplate } = await import('../../../electron/menu');
    const view = menuTemplate('linux', true).find((menu) => menu.label === 'Beeld');
    const labels = Array.isArray(view?.submenu) ? view.submenu.map((item) => item.label) : [];
    expect(labels).not.toContain('Ontwikkelaarshulpmiddelen');
    expect(labels).toContain('Volledig scherm');
  });
});
