/**
 * The automatic reservekopieën of the desktop app: files in the user-data folder, written by the
 * main process when the renderer hands over a fresh reservekopie (at most one per hour), pruned
 * by the rotation rule, listed for restore and read back by name. A failed write is reported to
 * the caller and never blocks the user.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { autoBackupName, backupsToDelete, isBackupDue, madeAtOf, type StoredBackup } from './backup-rotation.js';

/** The folder under the user-data folder that holds the automatic reservekopieën. */
export const AUTO_BACKUP_FOLDER = 'reservekopieen';

/** The automatic reservekopieën in `folder`, newest first; other files are ignored. */
export async function listAutoBackups(folder: string): Promise<StoredBackup[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const madeAt = madeAtOf(name);
      return madeAt === undefined ? [] : [{ name, madeAt }];
    })
    .sort((a, b) => b.madeAt - a.madeAt);
}

/**
 * Writes `text` as a new automatic reservekopie when one is due (the newest is an hour old or
 * there is none), then deletes what the rotation no longer keeps. Resolves to the new file's
 * name, or undefined when none was due.
 */
export async function writeAutoBackup(folder: string, text: string, now: number): Promise<string | undefined> {
  const existing = await listAutoBackups(folder);
  if (!isBackupDue(existing[0]?.madeAt, now)) return undefined;
  await mkdir(folder, { recursive: true });
  const name = autoBackupName(now);
  await writeFileAtomic(path.join(folder, name), text);
  const stale = backupsToDelete([{ name, madeAt: now }, ...existing.filter((backup) => backup.name !== name)], now);
  // Pruning is housekeeping: a file that cannot be removed now is removed next time.
  await Promise.allSettled(stale.map((old) => unlink(path.join(folder, old))));
  return name;
}

/** The text of the automatic reservekopie `name`; only names this module writes are read (no paths). */
export async function readAutoBackup(folder: string, name: string): Promise<string> {
  if (madeAtOf(name) === undefined) throw new RangeError('Geen automatische reservekopie.');
  return readFile(path.join(folder, name), 'utf8');
}
