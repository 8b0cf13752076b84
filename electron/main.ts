/**
 * The Electron main process entry point. It only wires the app together: one instance, a
 * stable name, then one `setupX()` per feature module.
 */
import { app } from 'electron';
import { setupAutoBackups } from './auto-backup-bridge.js';
import { setupIpc } from './ipc.js';
import { setupMenu } from './menu.js';
import { setupOpenFile } from './open-file.js';
import { registerAppScheme, setupProtocol } from './protocol.js';
import { setupUserData } from './user-data.js';
import { focusMainWindow, setupWindow } from './window.js';

// Before anything else: the user-data folder holds IndexedDB, the user's annotations.
setupUserData();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  registerAppScheme();
  void app.whenReady().then(() => {
    setupProtocol();
    setupIpc();
    setupOpenFile();
    setupAutoBackups();
    setupMenu();
    setupWindow();
  });
}
