/**
 * Registering a handler of the desktop bridge: typed by the contract's method name, and guarded
 * so that only the main frame of one of the app's own windows on the app origin is answered.
 * Every feature module of the main process registers its bridge methods through this.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { desktopChannels, type DesktopApi } from './contract.js';
import { isTrustedSender } from './ipc-validation.js';
import { appWebContentsIds } from './window.js';

type Handler = (event: IpcMainInvokeEvent, ...payload: unknown[]) => Promise<unknown>;

/**
 * Handles bridge method `method`. The payload stays `unknown`: it comes from the renderer
 * unchecked, and each handler validates it.
 */
export function handle<M extends keyof DesktopApi>(
  method: M,
  handler: (event: IpcMainInvokeEvent, ...payload: unknown[]) => ReturnType<DesktopApi[M]>,
): void {
  const guarded: Handler = (event, ...payload) => {
    const sender = {
      webContentsId: event.sender.id,
      frameUrl: event.senderFrame?.url,
      isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
    };
    if (!isTrustedSender(sender, appWebContentsIds())) {
      return Promise.reject(new Error(`Geweigerd: ${method} is alleen beschikbaar voor het venster van de app.`));
    }
    return handler(event, ...payload);
  };
  ipcMain.handle(desktopChannels[method], guarded);
}
