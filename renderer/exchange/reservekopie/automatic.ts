/**
 * Reservekopieën the raadslid does not have to think of. The desktop app hands a fresh one to
 * the main process after changes (which keeps at most one per hour, with a rotation); the
 * browser edition, which has no folder of its own, asks the browser to keep its storage and
 * reminds the user when the last reservekopie is over a week old while work changed since.
 */
import { changeAndBackupTimes } from '../../db/change-tracking';
import { db, type LeestafelDatabase } from '../../db/database';
import type { WrittenBy } from '../../model/database-meta';
import { platform } from '../../platform/desktop-bridge';

/** After how many days without a reservekopie the browser edition reminds the user. */
export const REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the desktop app looks for changes to keep. */
const CHECK_INTERVAL_MS = 10 * 60 * 1000;
/** The first look, once the app has settled after starting. */
const FIRST_CHECK_MS = 60 * 1000;

/** Whether a new automatic reservekopie is worth making: work changed after the newest one. */
export function isAutoBackupWanted(lastChangeAt: number | undefined, newestMadeAt: number | undefined): boolean {
  return lastChangeAt !== undefined && (newestMadeAt === undefined || lastChangeAt > newestMadeAt);
}

/**
 * Whether to remind the user: work changed since the last reservekopie, and that one (or, when
 * there never was one, the first use of this version) is over a week old.
 */
export function isReminderDue(times: { lastChangeAt?: number; lastBackupAt?: number; firstUsedAt?: number }, now: number): boolean {
  const { lastChangeAt, lastBackupAt, firstUsedAt } = times;
  if (lastChangeAt === undefined) return false;
  const since = lastBackupAt ?? firstUsedAt;
  if (since === undefined || lastChangeAt <= since) return false;
  return now - since > REMINDER_DAYS * DAY_MS;
}

/** What the reminder needs, read from the database. */
export async function reminderTimes(database: LeestafelDatabase = db): Promise<{ lastChangeAt?: number; lastBackupAt?: number; firstUsedAt?: number }> {
  const [times, writtenBy] = await Promise.all([changeAndBackupTimes(database), database.meta.get('writtenBy')]);
  return { ...times, firstUsedAt: (writtenBy?.value as WrittenBy | undefined)?.at };
}

/** Desktop: makes an automatic reservekopie when work changed since the newest one; true when one was kept. */
export async function keepAutomaticReservekopie(database: LeestafelDatabase = db): Promise<boolean> {
  const store = platform.autoBackups();
  if (!store) return false;
  const [{ lastChangeAt }, kept] = await Promise.all([changeAndBackupTimes(database), store.listAutoBackups()]);
  if (!isAutoBackupWanted(lastChangeAt, kept[0]?.madeAt)) return false;
  // Loaded only here: the reminder and the start-up need none of the reservekopie's code.
  const { makeReservekopie } = await import('./reservekopie-service');
  const made = await makeReservekopie(database);
  return store.storeAutoBackup(made.text);
}

/** Starts keeping automatic reservekopieën (desktop) or asks for persistent storage (browser). */
export function startAutomaticReservekopieen(database: LeestafelDatabase = db): void {
  if (!platform.autoBackups()) {
    // Without it the browser may clear the data under storage pressure; the answer needs no action.
    void navigator.storage?.persist?.().catch(() => false);
    return;
  }
  // A failed reservekopie never disturbs the user; the next look tries again.
  const look = () => void keepAutomaticReservekopie(database).catch((error: unknown) => console.warn('Automatische reservekopie niet gemaakt', error));
  setTimeout(() => {
    look();
    setInterval(look, CHECK_INTERVAL_MS);
  }, FIRST_CHECK_MS);
}
