/**
 * The bridge methods of the automatic reservekopieën: the renderer hands over a fresh
 * reservekopie after changes, lists the kept ones and reads one back to restore it. Files live
 * in the user-data folder (auto-backups.ts); the renderer never names a path. A failed write is
 * logged and answered with false: it never blocks the user.
 */
import path from 'node:path';
import { app } from 'electron';
import { AUTO_BACKUP_FOLDER, listAutoBackups, readAutoBackup, writeAutoBackup } from './auto-backups.js';
import { MAX_RESERVEKOPIE_BYTES } from './contract.js';
import { handle } from './ipc-handle.js';

function folder(): string {
  return path.join(app.getPath('userData'), AUTO_BACKUP_FOLDER);
}

/** Registers storeAutoBackup, listAutoBackups and readAutoBackup. Call once, after the app is ready. */
export function setupAutoBackups(): void {
  handle('storeAutoBackup', async (_event, text) => {
    if (typeof text !== 'string' || Buffer.byteLength(text, 'utf8') > MAX_RESERVEKOPIE_BYTES) {
      throw new Error('Ongeldig verzoek: een automatische reservekopie is tekst van hoogstens 50 MB.');
    }
    try {
      return (await writeAutoBackup(folder(), text, Date.now())) !== undefined;
    } catch (error) {
      console.warn('Automatische reservekopie niet bewaard', error);
      return false;
    }
  });
  handle('listAutoBackups', async () => listAutoBackups(folder()));
  handle('readAutoBackup', async (_event, name) => {
    if (typeof name !== 'string') throw new Error('Ongeldig verzoek: de naam van een reservekopie is tekst.');
    return readAutoBackup(folder(), name);
  });
}
