/**
 * Where the app keeps the user's data: IndexedDB (annotations, vergaderingen, questions) and
 * the automatic reservekopieën live in the user-data folder, which Electron would otherwise
 * derive from the app's name. It is set explicitly, so that a rename of the package or the
 * product can never move a raadslid's data out of sight. Never change these after release.
 */
import path from 'node:path';
import { app } from 'electron';

/** The app's name, as the OS shows it and as the user-data folder is called. */
export const APP_NAME = 'Leestafel Leusden';

/** The user-data folder under the OS's application-data folder (`app.getPath('appData')`). */
export function userDataPath(appDataFolder: string): string {
  return path.join(appDataFolder, APP_NAME);
}

/** Names the app and pins its user-data folder; call before the app is ready. */
export function setupUserData(): void {
  app.setName(APP_NAME);
  app.setPath('userData', userDataPath(app.getPath('appData')));
}
