/**
 * Watches the app's database once the first screen is up: opens it (in time, or the alert says
 * that the storage does not answer), records which release wrote it, explains a failed open
 * (no storage, a newer database: then which release wrote it) and, when another window
 * upgrades or deletes the database, closes this window's connection and asks for a reload.
 */
import { type LeestafelDatabase } from './database';
import { answerInTime } from './answer-in-time';
import { classifyStorageError } from './storage-errors';
import { clearStorageProblem, reportStorageFailure, reportStorageProblem } from './storage-status';
import { readWrittenBy, recordWrittenBy } from './written-by';

/** Starts watching `database`; resolves when the open has been checked (and `writtenBy` recorded). */
export async function watchDatabase(database: LeestafelDatabase, appVersion: string, answerMs?: number): Promise<void> {
  database.on('versionchange', () => {
    // Dexie closes the connection already but would open it again on the next read or write:
    // this window's view of the data is stale, so nothing more is read or written here.
    database.close({ disableAutoOpen: true });
    reportStorageProblem({ kind: 'closed' });
  });
  const opening = database.open().then(
    () => undefined,
    (error: unknown) => error,
  );
  let failure = await answerInTime(opening, answerMs).catch((error: unknown) => error);
  if (classifyStorageError(failure) === 'no-answer') {
    reportStorageFailure(failure);
    // The open may still come through (the other window let go): then all is well again.
    failure = await opening;
    clearStorageProblem('no-answer');
  }
  if (failure !== undefined) {
    const newer = classifyStorageError(failure) === 'newer-version';
    reportStorageFailure(failure, newer ? await readWrittenBy(database.name) : undefined);
    return;
  }
  // A failed write shows in the alert through the write middleware; nothing more to do here.
  await recordWrittenBy(database, appVersion).catch(() => undefined);
}
