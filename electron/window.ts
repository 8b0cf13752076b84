/**
 * The app window and the hardening of everything that renders: the main BrowserWindow with
 * Electron's security settings, no navigation away from the app, no new windows, no
 * permissions, and no network requests from the app's session.
 */
import { app, BrowserWindow, session, type Session, type WebContents } from 'electron';
import { APP_START_URL, isAllowedRequestUrl, isAppUrl } from './app-origin.js';
import { PRELOAD_PATH } from './paths.js';

const appWindowContents = new Set<number>();

/** The ids of the web contents of the app's own windows (for IPC sender checks). */
export function appWebContentsIds(): ReadonlySet<number> {
  return appWindowContents;
}

/**
 * Hardens the default session and every web contents created from now on, and opens the main
 * window. Call after the app is ready and the protocol is set up.
 */
export function setupWindow(): void {
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Brings the main window to the front (e.g. when a second instance is started). */
export function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    title: 'Leestafel Leusden',
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
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
      // Middle-click would try to open links in a new window; window.open is denied anyway.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads its dictionaries from Google: the app stays offline.
      spellcheck: false,
    },
  });
  const id = window.webContents.id;
  appWindowContents.add(id);
  window.on('closed', () => appWindowContents.delete(id));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // Reloads and in-app page loads stay on app://; anything else would leave the bundle.
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
