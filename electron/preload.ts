/**
 * The preload script: implements the desktop bridge contract (`DesktopApi`) on top of
 * `ipcRenderer.invoke` and exposes exactly that object as `window.desktop`. Nothing else
 * crosses the bridge: no `ipcRenderer`, no generic channel forwarding.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, DesktopChannel, DesktopMethod } from './contract.js';

// A sandboxed preload may only require 'electron', so the channel table in contract.ts cannot
// be loaded here at run time; the DesktopChannel type keeps this derivation identical to it.
function channel<M extends DesktopMethod>(method: M): DesktopChannel<M> {
  return `desktop:${method}`;
}

const desktop: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(channel('getAppInfo')),
  saveFile: (request) => ipcRenderer.invoke(channel('saveFile'), request),
  printToPdf: (request) => ipcRenderer.invoke(channel('printToPdf'), request),
  openReservekopie: () => ipcRenderer.invoke(channel('openReservekopie')),
  openFractieset: () => ipcRenderer.invoke(channel('openFractieset')),
  storeAutoBackup: (text) => ipcRenderer.invoke(channel('storeAutoBackup'), text),
  listAutoBackups: () => ipcRenderer.invoke(channel('listAutoBackups')),
  readAutoBackup: (name) => ipcRenderer.invoke(channel('readAutoBackup'), name),
};

contextBridge.exposeInMainWorld('desktop', desktop);
