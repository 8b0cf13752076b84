// main.ts with Electron mocked: the scheme is privileged before ready, every feature is set
// up, the window gets the secure web preferences and loads the app origin, navigation away,
// new windows, permissions and network requests are refused, and the Dutch menu is built.
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const log: unknown[][] = [];
  const appListeners = new Map<string, Listener[]>();
  const contents = { id: 1, listeners: new Map<string, Listener>(), openHandler: undefined as Listener | undefined };
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
  };
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  return { log, appListeners, contents, session, ready, resolveReady: () => readyResolve() };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    webContents = {
      id: fake.contents.id,
      on: (name: string, listener: Listener) => fake.contents.listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (fake.contents.openHandler = handler),
    };
    constructor(options: { webPreferences: unknown }) {
      fake.log.push(['BrowserWindow', options.webPreferences]);
      BrowserWindow.all.push(this);
      for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, this.webContents);
    }
    on(): void {}
    once(): void {}
    loadURL(url: string): Promise<void> {
      fake.log.push(['loadURL', url]);
      return Promise.resolve();
    }
    static getAllWindows(): BrowserWindow[] {
      return BrowserWindow.all;
    }
  }
  return {
    app: {
      setName: (name: string) => fake.log.push(['setName', name]),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]),
      whenReady: () => fake.ready.then(() => fake.log.push(['ready'])),
      getVersion: () => '0.1.0',
      isPackaged: false,
      name: 'Leestafel Leusden',
      quit: () => fake.log.push(['quit']),
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: () => fake.log.push(['registerSchemesAsPrivileged']),
      handle: (scheme: string) => fake.log.push(['protocol.handle', scheme]),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.session.permissionCheck = handler),
        webRequest: { onBeforeRequest: (handler: Listener) => (fake.session.beforeRequest = handler) },
      },
    },
    ipcMain: { handle: (channel: string) => fake.log.push(['ipcMain.handle', channel]) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: { label?: string; submenu: { label?: string }[] }[]) =>
        fake.log.push(['menu', menu.map((item) => `${item.label}: ${item.submenu.map((entry) => entry.label ?? '—').join(' | ')}`)]),
    },
    dialog: {},
  };
});

beforeAll(async () => {
  await import('../../../electron/main');
  fake.resolveReady();
  await fake.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main', () => {
  it('registers the scheme before ready, then sets up protocol, IPC, menu and window', () => {
    expect(fake.log.map(([step, detail]) => (step === 'BrowserWindow' || step === 'menu' ? step : detail === undefined ? step : `${step} ${String(detail)}`))).toEqual([
      'setName Leestafel Leusden',
      'registerSchemesAsPrivileged',
      'ready',
      'protocol.handle app',
      'ipcMain.handle desktop:getAppInfo',
      'ipcMain.handle desktop:saveFile',
      'ipcMain.handle desktop:printToPdf',
      'menu',
      'BrowserWindow',
      'loadURL app://leestafel/index.html',
    ]);
  });

  it('opens the window with the secure web preferences', () => {
    expect(fake.log.find(([step]) => step === 'BrowserWindow')?.[1]).toEqual({
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
      fake.contents.listeners.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://www.leusden.nl/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://leestafel/index.html#/doc/kadernota-2022-domein-3')).toBe(false);
    expect(fake.contents.openHandler?.({ url: 'https://www.leusden.nl/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions and cancels every request off the app origin', () => {
    const granted: boolean[] = [];
    fake.session.permissionRequest?.({}, 'media', (allow: boolean) => granted.push(allow));
    expect(granted).toEqual([false]);
    expect(fake.session.permissionCheck?.({}, 'notifications')).toBe(false);
    const cancelled = (url: string) => {
      let result: unknown;
      fake.session.beforeRequest?.({ url }, (response: unknown) => (result = response));
      return result;
    };
    expect(cancelled('https://www.leusden.nl/')).toEqual({ cancel: true });
    expect(cancelled('ws://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(cancelled('app://leestafel/documents/index.json')).toEqual({ cancel: false });
  });

  it('builds the Dutch menu, with developer tools while unpackaged', () => {
    expect(fake.log.find(([step]) => step === 'menu')?.[1]).toEqual([
      'Bestand: Afsluiten',
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
