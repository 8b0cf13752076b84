// The 'electron' module for main-process unit tests, after electron/fiddle's tests/mocks:
// just the parts of the API the shell uses, each recording what the code under test did with
// it, so a test can check the order of the set-up and call the handlers it registered.
//
//   vi.mock('electron', () => import('../../support/electron-mock'));
//   import { electronMock } from '../../support/electron-mock';
//
// vitest gives each test file its own module registry, so every file starts from a fresh mock.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
type IpcHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
type ProtocolHandler = (request: Request) => Promise<Response>;

let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

/** What the code under test did with Electron, and the switches a test turns. */
export const electronMock = {
  /** The set-up steps in order: [step] or [step, detail] (a channel, a scheme, a URL, web preferences, a menu summary). */
  log: [] as unknown[][],
  /** ipcMain.handle registrations by channel. */
  ipcHandlers: new Map<string, IpcHandler>(),
  /** protocol.handle registrations by scheme. */
  protocolHandlers: new Map<string, ProtocolHandler>(),
  /** Every scheme passed to protocol.registerSchemesAsPrivileged. */
  privilegedSchemes: [] as unknown[],
  /** app.on listeners by event name. */
  appListeners: new Map<string, Listener[]>(),
  /** The web contents of every window, with the listeners and window-open handler set on it. */
  webContents: { id: 1, listeners: new Map<string, Listener>(), openHandler: undefined as Listener | undefined },
  /** The handlers set on the default session. */
  session: {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
  },
  /** dialog.showSaveDialog: resolves undefined until a test gives it a value. */
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  /** Settles when the test calls makeReady(); app.whenReady() waits for it. */
  ready,
  /** Fires the app's ready event. */
  makeReady: () => resolveReady(),
};

export const app = {
  name: 'Leestafel Leusden',
  isPackaged: false,
  setName: (name: string) => electronMock.log.push(['setName', name]),
  getVersion: () => '0.1.0',
  getPath: (_name: string) => '/home/raadslid/Documenten',
  setPath: (name: string, value: string) => electronMock.log.push(['setPath', `${name} ${value}`]),
  requestSingleInstanceLock: () => true,
  on: (name: string, listener: Listener) => electronMock.appListeners.set(name, [...(electronMock.appListeners.get(name) ?? []), listener]),
  whenReady: () => electronMock.ready.then(() => electronMock.log.push(['ready'])),
  quit: () => electronMock.log.push(['quit']),
};

export class BrowserWindow {
  static all: BrowserWindow[] = [];
  webContents = {
    id: electronMock.webContents.id,
    on: (name: string, listener: Listener) => electronMock.webContents.listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (electronMock.webContents.openHandler = handler),
  };
  constructor(options: { webPreferences: unknown }) {
    electronMock.log.push(['BrowserWindow', options.webPreferences]);
    BrowserWindow.all.push(this);
    for (const listener of electronMock.appListeners.get('web-contents-created') ?? []) listener({}, this.webContents);
  }
  on(): void {}
  once(): void {}
  loadURL(url: string): Promise<void> {
    electronMock.log.push(['loadURL', url]);
    return Promise.resolve();
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  /** No window owns a test's sender, so dialogs open without a parent. */
  static fromWebContents(): BrowserWindow | null {
    return null;
  }
}

export const dialog = {
  showSaveDialog: electronMock.showSaveDialog,
};

export const ipcMain = {
  handle: (channel: string, handler: IpcHandler) => {
    electronMock.log.push(['ipcMain.handle', channel]);
    electronMock.ipcHandlers.set(channel, handler);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    electronMock.log.push(['registerSchemesAsPrivileged']);
    electronMock.privilegedSchemes.push(...schemes);
  },
  handle: (scheme: string, handler: ProtocolHandler) => {
    electronMock.log.push(['protocol.handle', scheme]);
    electronMock.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (electronMock.session.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (electronMock.session.permissionCheck = handler),
    webRequest: { onBeforeRequest: (handler: Listener) => (electronMock.session.beforeRequest = handler) },
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: { label?: string; submenu: { label?: string }[] }[]) =>
    electronMock.log.push(['menu', menu.map((item) => `${item.label}: ${item.submenu.map((entry) => entry.label ?? '—').join(' | ')}`)]),
};
